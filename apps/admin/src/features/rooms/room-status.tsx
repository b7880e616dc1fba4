import { Tag } from 'antd';
import dayjs from 'dayjs';
import type { LiveRoomStatus } from '@livemall/shared';

const looks: Record<LiveRoomStatus, { color: string; text: string }> = {
  scheduled: { color: 'blue', text: '未开播' },
  live: { color: 'red', text: '直播中' },
  ended: { color: 'default', text: '已结束' },
};

export const RoomStatusTag = ({ status, id }: { status: LiveRoomStatus; id?: string }) => (
  <Tag id={id} color={looks[status].color}>
    {looks[status].text}
  </Tag>
);

export const formatTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

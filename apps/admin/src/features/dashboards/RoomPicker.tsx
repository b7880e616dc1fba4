import { api } from '@livemall/shared';
import { Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { call } from '../../api/call';
import { useRemote } from './use-remote';

const statusText = { scheduled: '未开播', live: '直播中', ended: '已结束' } as const;

/** The shop's latest rooms; picking one opens its dashboard. */
export function RoomPicker() {
  const navigate = useNavigate();
  const rooms = useRemote('rooms', () => call(api.myRooms, { query: { limit: 50 } }));
  return (
    <Select
      id='dashboard-room-picker'
      style={{ minWidth: 260 }}
      placeholder={rooms.error ?? '查看直播间数据…'}
      loading={rooms.loading}
      notFoundContent='还没有直播间'
      options={(rooms.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.title}（${statusText[r.status]}）` }))}
      onChange={(roomId: string) => navigate(`/dashboard/rooms/${roomId}`)}
    />
  );
}

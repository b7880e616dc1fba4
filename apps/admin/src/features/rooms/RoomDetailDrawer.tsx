import { useEffect, useState } from 'react';
import { Alert, Descriptions, Drawer, Skeleton, Typography } from 'antd';
import { api, type LiveRoomDetail } from '@livemall/shared';
import { call } from '../../api/call';
import { roomErrorText } from './room-errors';
import { formatTime, RoomStatusTag } from './room-status';

type Detail = LiveRoomDetail & { pushUrl?: string | null; streamName?: string };

const Url = ({ id, url, none }: { id: string; url: string | null | undefined; none: string }) =>
  url ? (
    <Typography.Text id={id} copyable={{ text: url, tooltips: ['复制', '已复制'] }} style={{ wordBreak: 'break-all' }}>
      {url}
    </Typography.Text>
  ) : (
    <Typography.Text id={id} type='secondary'>
      {none}
    </Typography.Text>
  );

/**
 * A room's stream addresses. The push URL comes only from the owner's route (the server signs it afresh
 * and never gives it to anyone else); an assistant sees the viewers' pull URLs.
 */
export function RoomDetailDrawer({ roomId, owner, onClose }: { roomId: string | null; owner: boolean; onClose(): void }) {
  const [room, setRoom] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!roomId) return;
    let live = true;
    setRoom(null);
    setError(null);
    (owner ? call(api.hostRoom, { params: { roomId } }) : call(api.liveRoom, { params: { roomId } }))
      .then((r) => live && setRoom(r))
      .catch((e) => live && setError(roomErrorText(e)));
    return () => {
      live = false;
    };
  }, [roomId, owner]);

  const noPull = room?.status === 'live' ? '未配置直播云服务（演示环境没有拉流地址）' : '开播后生成';
  return (
    <Drawer open={roomId !== null} onClose={onClose} title='直播间详情' size={560} id='room-detail'>
      {error && <Alert type='error' showIcon title={error} />}
      {!room && !error && <Skeleton active />}
      {room && (
        <Descriptions column={1} bordered size='small'>
          <Descriptions.Item label='标题'>{room.title}</Descriptions.Item>
          <Descriptions.Item label='主播'>{room.anchorName}</Descriptions.Item>
          <Descriptions.Item label='状态'>
            <RoomStatusTag status={room.status} />
          </Descriptions.Item>
          <Descriptions.Item label='预告时间'>{formatTime(room.scheduledAt)}</Descriptions.Item>
          <Descriptions.Item label='开播 / 结束'>
            {formatTime(room.startedAt)} / {formatTime(room.endedAt)}
          </Descriptions.Item>
          <Descriptions.Item label='预约提醒'>{room.reminders} 人</Descriptions.Item>
          {owner && (
            <Descriptions.Item label='推流地址'>
              <Url id='room-push-url' url={room.pushUrl} none='未配置直播云服务（演示环境没有推流地址）' />
            </Descriptions.Item>
          )}
          {owner && <Descriptions.Item label='流名称'>{room.streamName}</Descriptions.Item>}
          <Descriptions.Item label='拉流 FLV'>
            <Url id='room-pull-flv' url={room.playUrls?.flv} none={noPull} />
          </Descriptions.Item>
          <Descriptions.Item label='拉流 HLS'>
            <Url id='room-pull-hls' url={room.playUrls?.hls} none={noPull} />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Drawer>
  );
}

import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { api, type LiveRoomSummary } from '@livemall/shared';
import { call } from '../../api/call';
import { useSession } from '../../auth/session';
import { CommentFeed } from './CommentFeed';
import { LotteryCard } from './LotteryCard';
import { PushGoodsCard } from './PushGoodsCard';
import { roomErrorText } from './room-errors';
import type { SocketStatus } from './room-feed';
import { useRoomLifecycle } from './room-lifecycle';
import { RoomStatusTag } from './room-status';
import { SchedulesCard } from './SchedulesCard';
import { useRoomSocket } from './useRoomSocket';

const socketLook: Record<SocketStatus, { status: 'success' | 'processing' | 'warning' | 'error'; text: string }> = {
  open: { status: 'success', text: '实时连接正常' },
  connecting: { status: 'processing', text: '连接中' },
  reconnecting: { status: 'warning', text: '离线 · 重连中' },
  stopped: { status: 'error', text: '已断开' },
};

export interface LivePanelProps {
  /**
   * The red-packet panel (`RedPacketPanel({ roomId })` from features/red-packets), filled in where the
   * pages are registered; without it the card is left out.
   */
  redPacketSlot?: (roomId: string) => ReactNode;
}

/**
 * A room's control panel during the stream: the live counts and comments from the room's socket, and
 * the floor's tools. Assistants (场控) get pushes, schedules and moderation; going live, ending,
 * lotteries and red packets are the owner's (the server refuses them to assistants).
 */
export function LivePanelPage({ redPacketSlot }: LivePanelProps) {
  const { roomId = '' } = useParams();
  const staff = useSession((s) => s.staff)!;
  const owner = staff.role === 'owner';
  const navigate = useNavigate();
  const feed = useRoomSocket(roomId);
  const [room, setRoom] = useState<LiveRoomSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    (owner ? call(api.hostRoom, { params: { roomId } }) : call(api.liveRoom, { params: { roomId } }))
      .then((r) => live && setRoom(r))
      .catch((e) => live && setError(roomErrorText(e)));
    return () => {
      live = false;
    };
  }, [roomId, owner, reload]);
  const lifecycle = useRoomLifecycle(() => setReload((n) => n + 1));

  // The socket's room_state is newer than the page's fetch.
  const status = feed.status ?? room?.status ?? null;
  const look = socketLook[feed.socket];
  // The room says whose it is; the demo sign-in leaves the session's merchant id empty.
  const merchantId = room?.merchantId ?? staff.merchantId;

  return (
    <Space orientation='vertical' size='middle' style={{ width: '100%' }} id='live-panel'>
      {lifecycle.holder}
      <Card size='small'>
        <Row align='middle' gutter={24} wrap>
          <Col flex='auto'>
            <Space wrap>
              <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/rooms')} id='panel-back'>
                直播间
              </Button>
              <Typography.Title level={4} style={{ margin: 0 }} id='panel-title'>
                {room?.title ?? '…'}
              </Typography.Title>
              {status && <RoomStatusTag status={status} id='panel-status' />}
              <Badge status={look.status} text={<span id='panel-socket'>{look.text}</span>} />
            </Space>
          </Col>
          <Col>
            <div id='panel-online' data-count={feed.online}>
              <Statistic title='在线' value={feed.online} suffix='人' />
            </div>
          </Col>
          <Col>
            <div id='panel-likes' data-count={feed.likes}>
              <Statistic title='点赞' value={feed.likes} />
            </div>
          </Col>
          {owner && room && status !== 'ended' && (
            <Col>
              <Space>
                {status === 'scheduled' && (
                  <Button type='primary' id='panel-start' onClick={() => lifecycle.start({ ...room, status })}>
                    开播
                  </Button>
                )}
                <Button danger id='panel-end' onClick={() => lifecycle.end({ ...room, status: status ?? room.status })}>
                  {status === 'live' ? '结束直播' : '取消直播'}
                </Button>
              </Space>
            </Col>
          )}
        </Row>
      </Card>
      {error && <Alert id='panel-error' type='error' showIcon title={error} />}
      {status === 'ended' && <Alert type='info' showIcon title='直播已结束' id='panel-ended' />}
      <Row gutter={16}>
        <Col xs={24} xl={13}>
          <CommentFeed roomId={roomId} comments={feed.comments} />
        </Col>
        <Col xs={24} xl={11}>
          <Space orientation='vertical' size='middle' style={{ width: '100%' }}>
            <PushGoodsCard roomId={roomId} merchantId={merchantId} pinned={feed.pinned} />
            <SchedulesCard roomId={roomId} merchantId={merchantId} />
            {owner && <LotteryCard roomId={roomId} lottery={feed.lottery} live={status === 'live'} />}
            {owner && redPacketSlot && (
              <Card title='红包' size='small' id='panel-red-packets'>
                {redPacketSlot(roomId)}
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

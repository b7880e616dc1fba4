import { useCallback, useState } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { LiveRoomSummary } from '@livemall/shared';
import { useSession } from '../../auth/session';
import { useCursorPages } from '../../components/use-cursor-pages';
import { RoomDetailDrawer } from './RoomDetailDrawer';
import { RoomFormModal } from './RoomFormModal';
import { roomErrorText } from './room-errors';
import { useRoomLifecycle } from './room-lifecycle';
import { formatTime, RoomStatusTag } from './room-status';
import { loadRooms } from './rooms-source';

/** The shop's live rooms: create, edit, go live, end, see the stream addresses, open the control panel. */
export function RoomsPage() {
  const staff = useSession((s) => s.staff)!;
  const owner = staff.role === 'owner';
  const navigate = useNavigate();
  const fetchRooms = useCallback((cursor: string | undefined) => loadRooms(staff, cursor), [staff]);
  const { items: rooms, next: cursor, loading, error, load } = useCursorPages(fetchRooms, roomErrorText);
  const [editing, setEditing] = useState<LiveRoomSummary | null | 'new'>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const lifecycle = useRoomLifecycle(() => void load());

  return (
    <Card
      title='直播间'
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void load()} id='rooms-reload'>
            刷新
          </Button>
          {owner && (
            <Button type='primary' icon={<PlusOutlined />} onClick={() => setEditing('new')} id='rooms-create'>
              新建直播间
            </Button>
          )}
        </Space>
      }
    >
      {lifecycle.holder}
      {!owner && <Typography.Paragraph type='secondary'>场控可进入直播中或待开播的直播间控制台：推送商品、定时推送、管理评论。开播、结束、抽奖和红包由店主操作。</Typography.Paragraph>}
      {error && <Alert id='rooms-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      <Table<LiveRoomSummary>
        id='rooms-table'
        rowKey='id'
        loading={loading}
        dataSource={rooms}
        pagination={false}
        locale={{ emptyText: owner ? '还没有直播间，点「新建直播间」创建第一场' : '店铺暂无直播中或待开播的直播间' }}
        onRow={(r) => ({ id: `room-row-${r.id}` })}
        columns={[
          { title: '标题', dataIndex: 'title', render: (t: string, r) => <a onClick={() => setDetail(r.id)}>{t}</a> },
          { title: '主播', dataIndex: 'anchorName' },
          { title: '状态', dataIndex: 'status', render: (s: LiveRoomSummary['status'], r) => <RoomStatusTag status={s} id={`room-status-${r.id}`} /> },
          { title: '预告时间', dataIndex: 'scheduledAt', render: formatTime },
          {
            title: '操作',
            key: 'actions',
            render: (_, r) => (
              <Space wrap size='small'>
                <Button size='small' id={`room-detail-${r.id}`} onClick={() => setDetail(r.id)}>
                  推拉流地址
                </Button>
                {r.status !== 'ended' && (
                  <Button size='small' type='primary' ghost id={`room-panel-${r.id}`} onClick={() => navigate(`/rooms/${r.id}/live`)}>
                    控制台
                  </Button>
                )}
                {owner && r.status !== 'ended' && (
                  <Button size='small' id={`room-edit-${r.id}`} onClick={() => setEditing(r)}>
                    编辑
                  </Button>
                )}
                {owner && r.status === 'scheduled' && (
                  <Button size='small' type='primary' id={`room-start-${r.id}`} onClick={() => lifecycle.start(r)}>
                    开播
                  </Button>
                )}
                {owner && r.status !== 'ended' && (
                  <Button size='small' danger id={`room-end-${r.id}`} onClick={() => lifecycle.end(r)}>
                    {r.status === 'live' ? '结束' : '取消'}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {cursor && (
        <Button block style={{ marginTop: 12 }} onClick={() => void load(cursor)} loading={loading} id='rooms-more'>
          加载更多
        </Button>
      )}
      <RoomFormModal
        open={editing !== null}
        room={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void load();
        }}
      />
      <RoomDetailDrawer roomId={detail} owner={owner} onClose={() => setDetail(null)} />
    </Card>
  );
}

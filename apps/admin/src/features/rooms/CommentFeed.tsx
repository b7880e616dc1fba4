import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { LiveComment } from '@livemall/shared';
import { moderation, muteChoices } from './moderation';
import { roomErrorText } from './room-errors';

/**
 * The room's comments as they arrive, newest at the bottom, each with delete / mute / ban. A deleted
 * comment leaves the list when the room's `comment_deleted` event comes back, the same moment it leaves
 * every viewer's screen.
 */
export function CommentFeed({ roomId, comments }: { roomId: string; comments: LiveComment[] }) {
  const [minutes, setMinutes] = useState(10);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const bottom = useRef<HTMLDivElement>(null);

  useEffect(() => {
    bottom.current?.scrollIntoView?.({ block: 'nearest' });
  }, [comments.length]);

  const act = async (key: string, run: () => Promise<unknown>, done: string) => {
    setBusy(key);
    setNotice(null);
    try {
      await run();
      setNotice({ type: 'success', text: done });
    } catch (e) {
      setNotice({ type: 'error', text: roomErrorText(e) });
    } finally {
      setBusy(null);
    }
  };
  const muteLabel = muteChoices.find((c) => c.value === minutes)?.label ?? `${minutes} 分钟`;

  return (
    <Card
      title='评论'
      size='small'
      extra={
        <Space size='small'>
          <Typography.Text type='secondary'>禁言时长</Typography.Text>
          <Select id='mute-minutes' size='small' value={minutes} onChange={setMinutes} options={muteChoices} style={{ width: 96 }} />
        </Space>
      }
    >
      {notice && <Alert id='feed-notice' type={notice.type} showIcon closable title={notice.text} onClose={() => setNotice(null)} style={{ marginBottom: 8 }} />}
      <div id='live-feed' style={{ height: 460, overflowY: 'auto' }}>
        {comments.length === 0 ? (
          <Empty description='还没有评论' />
        ) : (
          comments.map((c) => (
            <div key={c.id} id={`comment-${c.id}`} className='live-comment' style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Space size={4} wrap style={{ flex: 1 }}>
                <Typography.Text type='secondary'>{dayjs(c.at).format('HH:mm:ss')}</Typography.Text>
                <Typography.Text strong>{c.nickname}</Typography.Text>
                {c.level && <Tag>{c.level}</Tag>}
                <Typography.Text className='live-comment-text'>{c.text}</Typography.Text>
              </Space>
              <Popconfirm title='删除这条评论？观众端同时消失' okText='删除' cancelText='取消' okButtonProps={{ id: `comment-delete-ok-${c.id}` }} onConfirm={() => act(c.id, () => moderation.remove(roomId, c.id), '评论已删除')}>
                <Button size='small' type='link' danger loading={busy === c.id} id={`comment-delete-${c.id}`}>
                  删除
                </Button>
              </Popconfirm>
              <Button size='small' type='link' id={`comment-mute-${c.id}`} onClick={() => act(c.id, () => moderation.mute(roomId, c.userId, minutes), `已禁言 ${c.nickname} ${muteLabel}`)}>
                禁言
              </Button>
              <Popconfirm title={`拉黑 ${c.nickname}？将无法评论、送礼并被移出直播间`} okText='拉黑' cancelText='取消' okButtonProps={{ id: `comment-ban-ok-${c.id}`, danger: true }} onConfirm={() => act(c.id, () => moderation.ban(roomId, c.userId), `已拉黑 ${c.nickname}`)}>
                <Button size='small' type='link' danger id={`comment-ban-${c.id}`}>
                  拉黑
                </Button>
              </Popconfirm>
            </div>
          ))
        )}
        <div ref={bottom} />
      </div>
    </Card>
  );
}

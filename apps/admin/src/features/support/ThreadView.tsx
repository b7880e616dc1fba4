import { api, SUPPORT_TEXT_MAX, type SupportMessage } from '@livemall/shared';
import { Alert, Button, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/call';
import { promoErrorText } from '../promotions/common/words';
import { shortTime } from '../promotions/common/window';
import { newClientMsgId } from './client-msg-id';
import { useThread } from './use-thread';

const who = { user: '顾客', bot: '机器人', agent: '客服' } as const;
const bubble = { user: '#f5f5f5', bot: '#e6f4ff', agent: '#fff0f3' } as const;

function Message({ m }: { m: SupportMessage }) {
  const mine = m.sender !== 'user';
  return (
    <div className={`support-msg support-msg-${m.sender}`} style={{ display: 'flex', justifyContent: mine ? 'flex-end' : 'flex-start', margin: '6px 0' }}>
      <div style={{ maxWidth: '70%', background: bubble[m.sender], borderRadius: 8, padding: '6px 10px' }}>
        <Typography.Text type='secondary' style={{ fontSize: 12 }}>
          {who[m.sender]} · {shortTime(m.createdAt)}
        </Typography.Text>
        <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{m.text}</div>
      </div>
    </div>
  );
}

/** One conversation: its messages (polled), a reply box, and handing it back to the bot. */
export function ThreadView({ conversationId }: { conversationId: string | null }) {
  const thread = useThread(conversationId);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per typed reply: a retry after a network failure is stored once.
  const pendingKey = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // New lines scroll the message box (not the page) to its end.
  useEffect(() => {
    if (box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [thread.messages.length]);
  useEffect(() => {
    setText('');
    setError(null);
    pendingKey.current = null;
  }, [conversationId]);

  if (!conversationId) return (
      <div id='support-no-thread'>
        <Empty description='选择左侧的会话查看消息' style={{ marginTop: 80 }} />
      </div>
    );

  const send = async () => {
    const body = text.trim();
    if (!body) return setError('请输入回复内容');
    if (body.length > SUPPORT_TEXT_MAX) return setError(`回复最多 ${SUPPORT_TEXT_MAX} 个字`);
    setError(null);
    setSending(true);
    pendingKey.current ??= newClientMsgId();
    try {
      const m = await call(api.supportAgentReply, { params: { conversationId }, body: { clientMsgId: pendingKey.current, text: body } });
      pendingKey.current = null;
      setText('');
      thread.add(m);
      void thread.refresh();
    } catch (e) {
      setError(promoErrorText(e));
    } finally {
      setSending(false);
    }
  };

  const toBot = async () => {
    try {
      await call(api.supportReturnToBot, { params: { conversationId } });
      void thread.refresh();
    } catch (e) {
      setError(promoErrorText(e));
    }
  };

  const c = thread.conversation;
  return (
    <Card
      id='support-thread'
      title={c ? <Space>{c.userNickname}{c.status === 'human' ? <Tag color='red'>人工服务中</Tag> : <Tag>机器人回复中</Tag>}</Space> : '加载中…'}
      extra={
        c?.status === 'human' && (
          <Button id='support-to-bot' size='small' onClick={toBot}>
            结束人工，交回机器人
          </Button>
        )
      }
    >
      <div id='support-messages' ref={box} style={{ height: 420, overflowY: 'auto', paddingRight: 8 }}>
        {thread.messages.map((m) => (
          <Message key={m.id} m={m} />
        ))}
      </div>
      {(error ?? thread.error) && <Alert id='support-error' type='error' showIcon title={error ?? thread.error} style={{ margin: '8px 0' }} />}
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <Input.TextArea
          id='support-reply-input'
          value={text}
          onChange={(e) => {
            pendingKey.current = null;
            setText(e.target.value);
          }}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={SUPPORT_TEXT_MAX}
          placeholder='输入回复，Ctrl+Enter 发送'
          onKeyDown={(e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && void send()}
        />
        <Button id='support-reply-send' type='primary' loading={sending} onClick={send} style={{ height: 'auto' }}>
          发送
        </Button>
      </Space.Compact>
    </Card>
  );
}

import { useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { StatusView } from '@/components/StatusView';
import { formatMonthDayTime } from '@/utils/format-time';
import { senderLabel } from '@/utils/support-messages';
import { useHostInbox } from './use-host-inbox';
import { usePageView } from '@/hooks/usePageView';
import '../host.scss';
import './inbox.scss';

/** 客服消息: `subpackages/host/inbox/index`: conversations the bot handed to a person; answer or hand back. */
export default function HostInboxPage() {
  usePageView();
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  return <HostInboxScreen active={shown} />;
}

export function HostInboxScreen({ active, pollMs }: { active: boolean; pollMs?: number }) {
  const inbox = useHostInbox(active, pollMs);
  const [text, setText] = useState('');
  if (!inbox.loaded) return inbox.error ? <StatusView kind='error' text={inbox.error} /> : <StatusView kind='loading' />;
  const open = inbox.open;
  const send = async () => {
    if (await inbox.reply(text)) setText('');
  };
  return (
    <View className='host-page'>
      {inbox.error ? <Text className='host-card__hint'>{inbox.error}</Text> : null}
      {!open && inbox.items.length === 0 ? <StatusView kind='empty' text='没有等待人工回复的会话' /> : null}
      {open
        ? null
        : inbox.items.map((c) => (
            <View key={c.id} id={`host-chat-${c.id}`} className='host-card' onClick={() => void inbox.select(c)}>
              <View className='host-row host-row--spread'>
                <Text>{c.userNickname}</Text>
                <Text className='host-card__hint'>
                  {c.unread ? `${c.unread} 条未读 · ` : ''}
                  {formatMonthDayTime(c.lastMessageAt)}
                </Text>
              </View>
              <Text className='host-card__hint'>{c.lastText}</Text>
            </View>
          ))}
      {open ? (
        <View id='host-thread' className='host-card'>
          <View className='host-row host-row--spread'>
            <Text id='host-thread-back' className='host-card__hint' onClick={() => void inbox.select(null)}>
              ‹ 返回
            </Text>
            <Text>{open.userNickname}</Text>
            <Text id='host-thread-bot' className='host-card__hint' onClick={() => void inbox.returnToBot()}>
              交还机器人
            </Text>
          </View>
          {inbox.messages.map((m) => (
            <View key={m.id} id={`host-msg-${m.id}`} className={`host-msg host-msg--${m.sender}`}>
              <Text className='host-msg__who'>{m.sender === 'user' ? '顾客' : senderLabel[m.sender]}</Text>
              <Text>{m.text}</Text>
            </View>
          ))}
          <View className='host-reply'>
            <Input id='host-reply-input' className='host-reply__input' value={text} maxlength={1000} placeholder='回复顾客' onInput={(e) => setText(e.detail.value)} onConfirm={() => void send()} />
            <Text id='host-reply-send' className='host-btn' onClick={() => void send()}>
              回复
            </Text>
          </View>
        </View>
      ) : null}
    </View>
  );
}

import { useEffect, useRef, useState } from 'react';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { Input, ScrollView, Text, View } from '@tarojs/components';
import { supportMerchantParamsSchema } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { senderLabel } from '@/utils/support-messages';
import { useChat } from './use-chat';
import { WechatContact } from './WechatContact';
import { usePageView } from '@/hooks/usePageView';
import '../service.scss';

/** 联系客服: `subpackages/service/chat/index?merchantId=<uuid>[&orderNo=…]`, from the goods and order pages. */
export default function ChatPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = supportMerchantParamsSchema.safeParse({ merchantId: params.merchantId });
  // Polling only while the page is on screen: a chat left open under another page costs nothing.
  const [shown, setShown] = useState(true);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));
  useEffect(() => void Taro.setNavigationBarTitle({ title: '联系客服' }).catch(() => undefined), []);
  if (!parsed.success) return <StatusView kind='error' text='客服链接无效' />;
  const orderNo = /^\d{20}$/.test(params.orderNo ?? '') ? params.orderNo : undefined;
  return <ChatScreen merchantId={parsed.data.merchantId} active={shown} initialText={orderNo ? `订单 ${orderNo} ` : ''} />;
}

export interface ChatScreenProps {
  merchantId: string;
  active: boolean;
  initialText?: string;
  pollMs?: number;
}

export function ChatScreen({ merchantId, active, initialText = '', pollMs }: ChatScreenProps) {
  const chat = useChat(merchantId, active, pollMs);
  const [text, setText] = useState(initialText);
  const [bottom, setBottom] = useState('');
  const count = chat.messages.length + chat.pending.length;
  const seen = useRef(0);
  useEffect(() => {
    // Scroll to the newest line whenever one arrives (an id change is what makes ScrollView move).
    if (count !== seen.current) setBottom(`chat-end-${count}`);
    seen.current = count;
  }, [count]);

  const submit = (value = text) => {
    if (!value.trim()) return;
    void chat.send(value);
    if (value === text) setText('');
  };

  return (
    <View className='service-page'>
      <View id='chat-status' className={`chat-status chat-status--${chat.status}`}>
        {chat.status === 'human' ? '人工客服接待中，请稍候' : '智能客服为您服务，可发送订单号查询物流'}
      </View>
      <ScrollView id='chat-list' className='chat-list' scrollY scrollIntoView={bottom}>
        {!chat.loaded && chat.error ? <StatusView kind='error' text={chat.error} /> : null}
        {chat.loaded && count === 0 ? <Text className='chat-empty'>有什么可以帮您？发送订单号可查询订单状态</Text> : null}
        {chat.messages.map((m) => (
          <View key={m.id} id={`chat-msg-${m.id}`} className={`chat-msg chat-msg--${m.sender}`}>
            {m.sender === 'user' ? null : <Text className='chat-msg__who'>{senderLabel[m.sender]}</Text>}
            <Text className='chat-msg__text' userSelect>
              {m.text}
            </Text>
          </View>
        ))}
        {chat.pending.map((p) => (
          <View key={p.clientMsgId} className={`chat-msg chat-msg--user chat-msg--pending${p.failed ? ' chat-msg--failed' : ''}`}>
            <Text className='chat-msg__text'>{p.text}</Text>
            {p.failed ? (
              <Text className='chat-msg__retry' onClick={() => void chat.retry(p)}>
                发送失败，点击重发
              </Text>
            ) : null}
          </View>
        ))}
        <View id={`chat-end-${count}`} />
      </ScrollView>
      {chat.quick.length ? (
        <ScrollView className='chat-quick' scrollX>
          {chat.quick.map((q, i) => (
            <Text key={q} id={`chat-quick-${i}`} className='chat-chip' onClick={() => submit(q)}>
              {q}
            </Text>
          ))}
        </ScrollView>
      ) : null}
      <View className='chat-bar'>
        {chat.status === 'bot' ? (
          <Text id='chat-human' className='chat-chip chat-chip--human' onClick={() => submit('转人工')}>
            转人工
          </Text>
        ) : null}
        <Input
          id='chat-input'
          className='chat-bar__input'
          value={text}
          maxlength={1000}
          placeholder='输入问题或订单号'
          confirmType='send'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={() => submit()}
        />
        <Text id='chat-send' className={`chat-bar__send${text.trim() ? '' : ' chat-bar__send--off'}`} onClick={() => submit()}>
          发送
        </Text>
      </View>
      <WechatContact merchantId={merchantId} />
    </View>
  );
}

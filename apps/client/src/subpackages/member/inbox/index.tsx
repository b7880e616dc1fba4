import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Notification } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { formatMonthDayTime } from '@/utils/format-time';
import { linkUrl } from './inbox-model';
import { useInbox } from './use-inbox';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 消息通知: `subpackages/member/inbox/index`: my notifications; opening one reads it. */
export default function InboxPage() {
  usePageView();
  return <InboxScreen />;
}

export function InboxScreen() {
  const inbox = useInbox();
  const { view } = inbox;
  if (!view) {
    if (inbox.error) return <StatusView kind='error' text={inbox.error} onRetry={() => void inbox.reload()} />;
    return <StatusView kind='loading' />;
  }
  const openItem = async (item: Notification) => {
    await inbox.open(item);
    const url = linkUrl(item.link);
    if (url) void Taro.navigateTo({ url });
  };
  return (
    <View className='member-page inbox-page'>
      <View className='inbox-head'>
        <Text id='inbox-unread' className='inbox-head__count'>
          {view.unread ? `${view.unread} 条未读` : '没有未读消息'}
        </Text>
        {view.unread ? (
          <Text id='inbox-read-all' className='member-link' onClick={() => void inbox.readAll()}>
            全部已读
          </Text>
        ) : null}
      </View>
      {view.items.length === 0 ? <StatusView kind='empty' text='还没有消息' /> : null}
      {view.items.map((n) => (
        <View key={n.id} id={`inbox-${n.id}`} className={`member-card inbox-item${n.readAt ? '' : ' inbox-item--unread'}`} onClick={() => void openItem(n)}>
          <View className='inbox-item__head'>
            {n.readAt ? null : <Text className='inbox-item__dot' />}
            <Text className='inbox-item__title'>{n.title}</Text>
            <Text className='inbox-item__time'>{formatMonthDayTime(n.createdAt)}</Text>
          </View>
          <Text className='inbox-item__body'>{n.body}</Text>
        </View>
      ))}
      {inbox.nextCursor ? (
        <Text className='member-link' onClick={() => void inbox.loadMore()}>
          加载更多
        </Text>
      ) : null}
    </View>
  );
}

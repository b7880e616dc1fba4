import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useStore } from 'zustand';
import { roomIdParamsSchema, type LiveComment } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useSession } from '@/stores/session';
import { formatMonthDayTime } from '@/utils/format-time';
import { roomStatusLabel } from '@/utils/labels';
import { GoodsPanel } from './components/GoodsPanel';
import { LotteryPanel } from './components/LotteryPanel';
import { ModerationList, MUTE_MINUTES } from './components/ModerationList';
import { Pusher } from './components/pusher';
import { PushUrlCard } from './components/PushUrlCard';
import { useHostRoom } from './use-host-room';
import { useHostSocket } from './use-host-socket';
import { usePageView } from '@/hooks/usePageView';
import '../host.scss';

/** 主播控制台: `subpackages/host/console/index?roomId=<uuid>`, one of the merchant's rooms. */
export default function HostConsolePage() {
  usePageView();
  const { params } = useRouter();
  const parsed = roomIdParamsSchema.safeParse({ roomId: params.roomId });
  if (!parsed.success) return <StatusView kind='error' text='直播间链接无效' />;
  return <HostConsole roomId={parsed.data.roomId} />;
}

export function HostConsole({ roomId }: { roomId: string }) {
  const socket = useHostSocket(roomId);
  const host = useHostRoom(roomId, socket);
  const comments = useStore(socket, (s) => s.comments);
  const lottery = useStore(socket, (s) => s.lottery);
  const online = useStore(socket, (s) => s.online);
  // The room socket announces start and end too; the console's own answer may be older.
  const socketStatus = useStore(socket, (s) => s.room?.status ?? null);
  const selfId = useSession((s) => s.user?.id ?? null);
  const { room } = host;

  if (!room) {
    if (host.loadError) return <StatusView kind='error' text={host.loadError} onRetry={host.reload} />;
    return <StatusView kind='loading' />;
  }
  const status = room.status === 'ended' || socketStatus === null ? room.status : socketStatus;

  const ban = (c: LiveComment) =>
    void Taro.showModal({ title: '封禁观众', content: `封禁「${c.nickname}」？TA 将不能再发弹幕、送礼，并被移出直播间。` }).then(
      (r) => r.confirm && host.ban(c.userId),
    );

  return (
    <View className='host-page'>
      <View className='host-card'>
        <View className='host-row host-row--spread'>
          <Text className='host-room__title'>{room.title}</Text>
          <Text id='host-status' className={`host-badge host-badge--${status}`}>
            {roomStatusLabel[status]}
          </Text>
        </View>
        <Text className='host-card__hint'>
          主播 {room.anchorName}
          {room.scheduledAt && status === 'scheduled' ? ` · ${formatMonthDayTime(room.scheduledAt)} 开播` : ''}
          {status === 'live' ? ` · ${online} 人在看` : ''}
          {status === 'scheduled' ? ` · ${room.reminders} 人预约` : ''}
        </Text>
        <View className='host-row'>
          {status === 'scheduled' ? (
            <Text id='host-start' className='host-btn' onClick={host.busy ? undefined : host.start}>
              开始直播
            </Text>
          ) : null}
          {status !== 'ended' ? (
            <Text id='host-end' className='host-btn host-btn--quiet' onClick={host.busy ? undefined : host.end}>
              {status === 'live' ? '结束直播' : '取消直播'}
            </Text>
          ) : null}
          <Text
            id='host-view'
            className='host-btn host-btn--quiet'
            onClick={() => void Taro.navigateTo({ url: `/subpackages/live/room/index?roomId=${room.id}` })}
          >
            观众视角
          </Text>
        </View>
        {host.message ? (
          <Text id='host-message' className={host.message.ok ? 'host-ok' : 'host-error'}>
            {host.message.text}
          </Text>
        ) : null}
      </View>
      {status === 'ended' ? null : (
        <>
          <PushUrlCard pushUrl={room.pushUrl} />
          <Pusher pushUrl={room.pushUrl} live={status === 'live'} />
          <GoodsPanel
            goods={host.goods}
            schedules={host.schedules}
            busy={host.busy !== null}
            onPush={host.pushNow}
            onSchedule={host.schedulePush}
            onCancel={host.cancelSchedule}
          />
          {status === 'live' ? <LotteryPanel lottery={lottery} busy={host.busy !== null} onStart={host.startLottery} onDraw={host.drawLottery} /> : null}
        </>
      )}
      <ModerationList
        comments={comments}
        selfId={selfId}
        busy={host.busy !== null}
        onDelete={host.deleteComment}
        onMute={(userId) => host.mute(userId, MUTE_MINUTES)}
        onBan={ban}
      />
    </View>
  );
}

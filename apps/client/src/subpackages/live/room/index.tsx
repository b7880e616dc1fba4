import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { roomIdParamsSchema } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useSession } from '@/stores/session';
import { CommentBar } from './components/CommentBar';
import { Danmaku } from './components/Danmaku';
import { LikeButton } from './components/LikeButton';
import { Player } from './components/player';
import { RedPacketBubbles } from './components/RedPacketBubbles';
import { RoomGoodsCard } from './components/RoomGoodsCard';
import { RoomHeader } from './components/RoomHeader';
import { openGoods, openRedPacket } from './goods-link';
import { useLiveRoom, useRoom } from './use-live-room';
import './index.scss';

const LOGIN_PAGE = '/subpackages/account/login/index';

/** 直播间: `subpackages/live/room/index?roomId=<uuid>`, opened from the live tab's room cards. */
export default function LiveRoomPage() {
  const { params } = useRouter();
  const parsed = roomIdParamsSchema.safeParse({ roomId: params.roomId });
  if (!parsed.success) return <StatusView kind='error' text='直播间链接无效' />;
  return <LiveRoomScreen roomId={parsed.data.roomId} />;
}

export function LiveRoomScreen({ roomId }: { roomId: string }) {
  const live = useLiveRoom(roomId);
  const { store } = live;
  const room = useRoom(store, (s) => s.room);
  const online = useRoom(store, (s) => s.online);
  const likes = useRoom(store, (s) => s.likes);
  const comments = useRoom(store, (s) => s.comments);
  const pinned = useRoom(store, (s) => s.pinned);
  const pushes = useRoom(store, (s) => s.pushes);
  const redPackets = useRoom(store, (s) => s.redPackets);
  const you = useRoom(store, (s) => s.you);
  const connection = useRoom(store, (s) => s.connection);
  const signedIn = useSession((s) => Boolean(s.accessToken));
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Taps show at once; the server's total replaces this when it next broadcasts.
  const [myTaps, setMyTaps] = useState({ base: -1, taps: 0 });
  const shownLikes = likes + (myTaps.base === likes ? myTaps.taps : 0);

  if (!room) {
    if (live.loadError) return <StatusView kind='error' text={live.loadError} onRetry={live.reload} />;
    return <StatusView kind='loading' />;
  }

  const pushed = pushes[0] && pushes[0].id !== dismissed ? pushes[0] : null;
  const showPinned = pinned && pinned.id !== pushed?.id ? pinned : null;

  return (
    <View className='live-room'>
      <Player room={room} />
      <RoomHeader room={room} online={online} likes={shownLikes} connection={connection} />
      <View className='live-room__overlay'>
        <RedPacketBubbles packets={redPackets} onOpen={openRedPacket} />
        <Danmaku comments={comments} />
        {pushed ? <RoomGoodsCard goods={pushed} kind='pushed' onOpen={openGoods} onDismiss={() => setDismissed(pushed.id)} /> : null}
        {showPinned ? <RoomGoodsCard goods={showPinned} kind='pinned' onOpen={openGoods} /> : null}
      </View>
      <View className='live-room__bottom'>
        <CommentBar
          mode={!signedIn ? 'guest' : you && !you.canComment ? 'muted' : 'open'}
          error={live.commentError}
          onSend={live.sendComment}
          onLogin={() => void Taro.navigateTo({ url: LOGIN_PAGE })}
        />
        <LikeButton
          onSend={live.sendLikes}
          onTap={() => setMyTaps((t) => (t.base === likes ? { base: likes, taps: t.taps + 1 } : { base: likes, taps: 1 }))}
        />
      </View>
    </View>
  );
}

import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { roomIdParamsSchema } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useSession } from '@/stores/session';
import { CommentBar } from './components/CommentBar';
import { Danmaku } from './components/Danmaku';
import { EndedOverlay } from './components/EndedOverlay';
import { GiftBanners } from './components/GiftBanners';
import { GiftPanel } from './components/GiftPanel';
import { LikeButton } from './components/LikeButton';
import { LotteryCard } from './components/LotteryCard';
import { Player } from './components/player';
import { RedPacketBubbles } from './components/RedPacketBubbles';
import { RoomCouponCard } from './components/RoomCouponCard';
import { RoomGoodsCard } from './components/RoomGoodsCard';
import { RoomHeader } from './components/RoomHeader';
import { openGoods, openRedPacket } from './goods-link';
import { useFollow } from './use-follow';
import { useGiftPanel } from './use-gift-panel';
import { useLiveRoom, useRoom } from './use-live-room';
import { useLotteryCheck } from './use-lottery-check';
import { useRoomCoupon } from './use-room-coupon';
import { useRoomTracking } from './use-room-tracking';
import { usePageView } from '@/hooks/usePageView';
import { useImpressions } from '@/hooks/useImpressions';
import './index.scss';

const LOGIN_PAGE = '/subpackages/account/login/index';
const LIVE_TAB = '/pages/live/index';

/** 直播间: `subpackages/live/room/index?roomId=<uuid>`, opened from the live tab's room cards. */
export default function LiveRoomPage() {
  usePageView();
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
  const gifts = useRoom(store, (s) => s.gifts);
  const lottery = useRoom(store, (s) => s.lottery);
  const couponCard = useRoom(store, (s) => s.couponCard);
  const you = useRoom(store, (s) => s.you);
  const banned = useRoom(store, (s) => s.banned);
  const connection = useRoom(store, (s) => s.connection);
  const signedIn = useSession((s) => Boolean(s.accessToken));
  const giftPanel = useGiftPanel(roomId);
  const lotteryCheck = useLotteryCheck();
  const roomCoupon = useRoomCoupon();
  const follow = useFollow(roomId, signedIn, () => void Taro.navigateTo({ url: LOGIN_PAGE }));
  const [dismissed, setDismissed] = useState<string | null>(null);
  // Taps show at once; the server's total replaces this when it next broadcasts.
  const [myTaps, setMyTaps] = useState({ base: -1, taps: 0 });
  const shownLikes = likes + (myTaps.base === likes ? myTaps.taps : 0);
  useRoomTracking(roomId, room?.title);
  useImpressions('goods', [pushes[0]?.id, pinned?.id]);

  if (!room) {
    if (live.loadError) return <StatusView kind='error' text={live.loadError} onRetry={live.reload} />;
    return <StatusView kind='loading' />;
  }

  const pushed = pushes[0] && pushes[0].id !== dismissed ? pushes[0] : null;
  const showPinned = pinned && pinned.id !== pushed?.id ? pinned : null;
  const login = () => void Taro.navigateTo({ url: LOGIN_PAGE });
  const commentMode = banned ? 'banned' : !signedIn ? 'guest' : you && !you.canComment ? 'muted' : 'open';

  return (
    <View className='live-room'>
      <Player room={room} />
      <RoomHeader room={room} online={online} likes={shownLikes} connection={connection} follow={{ following: follow.following, onToggle: follow.toggle }} />
      {/* Over the top of the stream, under the header: what the whole room must see. */}
      <View className='live-room__top'>
        <GiftBanners gifts={gifts} onDone={(id) => store.getState().dismissGift(id)} />
        {lottery ? (
          <LotteryCard
            lottery={lottery}
            youId={you?.userId ?? null}
            check={lotteryCheck.view(lottery.id)}
            onVerify={() => lotteryCheck.run(lottery)}
            {...(commentMode === 'open' ? { onJoin: (keyword: string) => void live.sendComment(keyword) } : {})}
          />
        ) : null}
        {couponCard ? (
          <RoomCouponCard
            card={couponCard}
            claim={roomCoupon.stateOf(couponCard.templateId)}
            {...(signedIn ? { onClaim: () => void roomCoupon.claim(couponCard.templateId) } : {})}
            onLogin={login}
            onClose={() => store.getState().dismissCouponCard()}
          />
        ) : null}
      </View>
      <View className='live-room__overlay'>
        <RedPacketBubbles packets={redPackets} onOpen={openRedPacket} />
        <Danmaku comments={comments} />
        {pushed ? <RoomGoodsCard goods={pushed} kind='pushed' onOpen={openGoods} onDismiss={() => setDismissed(pushed.id)} /> : null}
        {showPinned ? <RoomGoodsCard goods={showPinned} kind='pinned' onOpen={openGoods} /> : null}
      </View>
      <View className='live-room__bottom'>
        <CommentBar mode={commentMode} error={live.commentError} onSend={live.sendComment} onLogin={login} />
        {room.status === 'live' && !banned ? (
          <View id='live-gift-open' className='live-room__gift' onClick={signedIn ? giftPanel.show : login}>
            <Text>礼物</Text>
          </View>
        ) : null}
        <LikeButton
          onSend={live.sendLikes}
          onTap={() => setMyTaps((t) => (t.base === likes ? { base: likes, taps: t.taps + 1 } : { base: likes, taps: 1 }))}
        />
      </View>
      {giftPanel.open ? (
        <GiftPanel
          gifts={giftPanel.gifts}
          selected={giftPanel.selected}
          payWith={giftPanel.payWith}
          walletFen={giftPanel.walletFen}
          points={giftPanel.points}
          sending={giftPanel.sending}
          error={giftPanel.error}
          onSelect={giftPanel.select}
          onPayWith={giftPanel.setPayWith}
          onSend={giftPanel.send}
          onRetry={giftPanel.retry}
          onClose={giftPanel.hide}
        />
      ) : null}
      {room.status === 'ended' ? <EndedOverlay onBack={() => void Taro.switchTab({ url: LIVE_TAB })} /> : null}
    </View>
  );
}

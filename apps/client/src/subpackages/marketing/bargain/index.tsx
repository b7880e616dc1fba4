import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, bargainIdParamsSchema, formatFen, type BargainActivity, type Order } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useNow } from '@/hooks/useNow';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';
import { bargainUrl } from '@/utils/routes';
import { ActivityHead } from '../shared/ActivityHead';
import { AddressBar } from '../shared/AddressBar';
import { Avatar } from '../shared/Avatar';
import { Countdown } from '../shared/Countdown';
import { ErrorLine, PaySheet } from '../shared/PaySheet';
import { ProgressBar } from '../shared/ProgressBar';
import { useShareCard } from '../shared/share';
import { ShareAction } from '../shared/ShareAction';
import { useBuyerAddress, type BuyerAddress } from '../shared/use-buyer-address';
import { usePayAndGo } from '../shared/use-pay-and-go';
import { bargainActions, bargainProgress } from './bargain-model';
import { bargainShareCard } from './share-card';
import { useBargain, type BargainState } from './use-bargain';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/**
 * 砍价: `subpackages/marketing/bargain/index?id=<bargain uuid>` (a shared link: friends 帮砍 there), or
 * `?activityId=<uuid>` to start one's own bargain on an activity.
 */
export default function BargainPage() {
  usePageView();
  const { params } = useRouter();
  const byId = bargainIdParamsSchema.safeParse({ id: params.id });
  const byActivity = bargainIdParamsSchema.safeParse({ id: params.activityId });
  const state = useBargain(byId.success ? byId.data.id : null);
  const buyer = useBuyerAddress();
  useShareCard(state.bargain ? bargainShareCard(state.bargain) : null);

  if (byId.success) {
    if (!state.bargain) {
      if (state.error) return <StatusView kind='error' text={state.error} onRetry={() => void state.reload()} />;
      return <StatusView kind='loading' />;
    }
    return <BargainScreen state={state} buyer={buyer} />;
  }
  if (byActivity.success) return <StartBargain activityId={byActivity.data.id} />;
  return <StatusView kind='error' text='砍价链接无效' />;
}

/** An activity before I started on it: the prices, and 发起砍价 (which answers my open one if I have it). */
function StartBargain({ activityId }: { activityId: string }) {
  const [activity, setActivity] = useState<BargainActivity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call(api.bargainActivity, { params: { id: activityId } }).then(setActivity, (e: unknown) => setError(errorText(e)));
  }, [activityId]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await whenSessionSettled();
      const bargain = await call(api.startBargain, { params: { id: activityId } });
      void Taro.redirectTo({ url: bargainUrl(bargain.id) });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (!activity) return error ? <StatusView kind='error' text={error} /> : <StatusView kind='loading' />;
  const open = activity.status === 'active';
  return (
    <View className='mall-page bargain-start'>
      <View className='mall-card'>
        <ActivityHead id='bargain-start' title={activity.goodsTitle} coverUrl={activity.coverUrl} specText={activity.specText} tag='最低可砍至' priceFen={activity.floorPriceFen} normalFen={activity.originalPriceFen}>
          <Text className='mk-sub'>邀请 {activity.helpersNeeded} 位好友帮砍即可砍到底价</Text>
        </ActivityHead>
      </View>
      <ErrorLine id='bargain-start-error' text={error} />
      <View className='mall-bar'>
        <Text id='bargain-start' className={`mall-bar__btn${open && !busy ? '' : ' mall-btn--off'}`} onClick={open && !busy ? () => void start() : undefined}>
          {open ? '发起砍价' : '活动未开始或已结束'}
        </Text>
      </View>
    </View>
  );
}

export function BargainScreen({ state, buyer }: { state: BargainState; buyer: BuyerAddress }) {
  const b = state.bargain!;
  const now = useNow(b.status === 'open' || b.status === 'floor_reached');
  const progress = bargainProgress(b);
  const actions = bargainActions(b, now);
  const [order, setOrder] = useState<Order | null>(null);
  const payment = usePayAndGo();
  const busy = state.busy || payment.busy;

  const buy = async () => {
    if (!buyer.address) return;
    const placed = await state.buy(buyer.address.id);
    if (!placed) return;
    setOrder(placed);
    await payment.pay(placed.id);
  };

  return (
    <View className='mall-page bargain-page'>
      <View className='mall-card'>
        <View className='mk-head'>
          <Avatar url={b.starter.avatarUrl} name={b.starter.nickname} />
          <Text className='mk-sub mk-head__who'>{b.mine ? '我发起的砍价' : `${b.starter.nickname} 邀你帮砍一刀`}</Text>
        </View>
        <ActivityHead id='bargain' title={b.activity.goodsTitle} coverUrl={b.activity.coverUrl} specText={b.activity.specText} tag='当前价' priceFen={b.currentPriceFen} normalFen={b.originalPriceFen} />
        <ProgressBar id='bargain-progress' percent={progress.percent} />
        <View className='mk-row'>
          <Text>原价 {formatFen(b.originalPriceFen)}</Text>
          <Text id='bargain-cut'>已砍 {formatFen(progress.cutFen)}</Text>
          <Text>底价 {formatFen(b.floorPriceFen)}</Text>
        </View>
        <Text id='bargain-state' className='mk-state'>
          {actions.text}
        </Text>
        {!actions.expired && b.status !== 'ordered' ? (
          <View className='mk-row mk-row--center'>
            <Countdown id='bargain-countdown' label='剩余' target={b.expiresAt} now={now} />
          </View>
        ) : null}
        {state.helped !== null ? (
          <Text id='bargain-helped' className='mk-state mk-cut'>
            你帮TA砍掉了 {formatFen(state.helped)}
          </Text>
        ) : b.myCutFen !== null ? (
          <Text className='mk-state mk-cut'>你已帮TA砍掉 {formatFen(b.myCutFen)}</Text>
        ) : null}
        {b.mine && b.status === 'open' && !actions.expired ? <ShareAction id='bargain-share' label='邀请好友帮砍' card={bargainShareCard(b)} /> : null}
      </View>

      <View className='mall-card'>
        <Text className='mall-card__title'>帮砍好友 ({b.helpersDone}/{b.helpersNeeded})</Text>
        {b.helpers.length === 0 ? <Text className='mall-hint'>还没有好友帮砍</Text> : null}
        {b.helpers.map((h) => (
          <View key={h.userId} className='mk-list-item bargain-helper'>
            <Avatar url={h.avatarUrl} name={h.nickname} />
            <View className='mk-list-item__body'>
              <Text>{h.nickname}</Text>
            </View>
            <Text className='mk-cut'>砍掉 {formatFen(h.cutFen)}</Text>
          </View>
        ))}
      </View>

      {b.mine && actions.canBuy ? <AddressBar address={buyer.address} /> : null}
      <ErrorLine id='bargain-message' text={state.message ?? payment.message} />

      <View className='mall-bar'>
        {actions.canHelp ? (
          <Text id='bargain-help' className={`mall-bar__btn${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : () => void state.help()}>
            帮TA砍一刀
          </Text>
        ) : actions.canBuy ? (
          <Text id='bargain-buy' className={`mall-bar__btn${busy || !buyer.address ? ' mall-btn--off' : ''}`} onClick={busy || !buyer.address ? undefined : () => void buy()}>
            立即购买 {formatFen(b.currentPriceFen)}
          </Text>
        ) : (
          <Text id='bargain-closed' className='mall-bar__btn mall-btn--off'>
            {actions.expired ? '已过期' : b.status === 'ordered' ? '已下单' : b.myCutFen !== null || state.helped !== null ? '已帮砍' : actions.text}
          </Text>
        )}
      </View>

      <PaySheet payment={payment} totalFen={order?.totalFen ?? b.currentPriceFen} />
    </View>
  );
}

import { useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen, groupBuyIdParamsSchema, type Group, type GroupOrderResult } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useNow } from '@/hooks/useNow';
import { goodsUrl, groupUrl, orderUrl } from '@/utils/routes';
import { ActivityHead } from '../shared/ActivityHead';
import { AddressBar } from '../shared/AddressBar';
import { Countdown } from '../shared/Countdown';
import { ErrorLine, PaySheet } from '../shared/PaySheet';
import { useBuyerAddress, type BuyerAddress } from '../shared/use-buyer-address';
import { usePayAndGo } from '../shared/use-pay-and-go';
import { GroupSeats } from '../group/GroupSeats';
import { groupView } from '../group/seat-model';
import { useGroupBuy, type GroupBuyState } from './use-group-buy';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 拼团活动: `subpackages/marketing/group-buy/index?id=<activity uuid>`. */
export default function GroupBuyPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = groupBuyIdParamsSchema.safeParse({ id: params.id });
  if (!parsed.success) return <StatusView kind='error' text='活动链接无效' />;
  return <GroupBuyView activityId={parsed.data.id} />;
}

function GroupBuyView({ activityId }: { activityId: string }) {
  const state = useGroupBuy(activityId);
  const buyer = useBuyerAddress();
  if (!state.detail) {
    if (state.error) return <StatusView kind='error' text={state.error} onRetry={() => void state.reload()} />;
    return <StatusView kind='loading' />;
  }
  return <GroupBuyScreen state={state} buyer={buyer} />;
}

export function GroupBuyScreen({ state, buyer }: { state: GroupBuyState; buyer: BuyerAddress }) {
  const { activity, openGroups } = state.detail!;
  const now = useNow(true);
  const [placed, setPlaced] = useState<GroupOrderResult | null>(null);
  const placedRef = useRef<GroupOrderResult | null>(null);
  // After paying (or not), the buyer lands on the group: its seats, its countdown and its share card.
  const payment = usePayAndGo((orderId) => (placedRef.current ? groupUrl(placedRef.current.group.id) : orderUrl(orderId)));
  const active = activity.status === 'active' && now < Date.parse(activity.endsAt);
  const busy = state.busy || payment.busy;

  const go = async (groupId: string | null) => {
    if (!buyer.address || busy) return;
    const result = await state.order({ groupId, addressId: buyer.address.id });
    if (!result) return;
    placedRef.current = result;
    setPlaced(result);
    await payment.pay(result.order.id);
  };

  return (
    <View className='mall-page group-buy'>
      <View className='mall-card'>
        <ActivityHead
          id='group-buy'
          title={activity.title}
          coverUrl={activity.coverUrl}
          specText={activity.specText}
          tag={`${activity.groupSize}人团`}
          priceFen={activity.groupPriceFen}
          normalFen={activity.normalPriceFen}
          showSaving
        />
        <View className='mk-row'>
          <Text>{activity.timeLimitMinutes >= 60 ? `${Math.floor(activity.timeLimitMinutes / 60)} 小时内成团` : `${activity.timeLimitMinutes} 分钟内成团`}</Text>
          {active ? <Countdown id='group-buy-countdown' label='活动剩余' target={activity.endsAt} now={now} /> : <Text>{activity.status === 'upcoming' ? '未开始' : '已结束'}</Text>}
        </View>
      </View>

      <View className='mall-card'>
        <Text className='mall-card__title'>正在拼团，可直接参与</Text>
        {openGroups.length === 0 ? <Text className='mall-hint'>还没有人开团，来做团长吧</Text> : null}
        {openGroups.map((g) => (
          <OpenGroupRow key={g.id} group={g} now={now} disabled={!buyer.address || busy} onJoin={() => void go(g.id)} />
        ))}
      </View>

      <AddressBar address={buyer.address} />
      <ErrorLine id='group-buy-message' text={state.message ?? payment.message} />

      <View className='mall-bar'>
        <Text
          id='group-buy-alone'
          className='mall-bar__btn mall-bar__btn--cart'
          onClick={() => void Taro.navigateTo({ url: goodsUrl(activity.goodsId) })}
        >
          单独购买 {formatFen(activity.normalPriceFen)}
        </Text>
        <Text
          id='group-buy-start'
          className={`mall-bar__btn${active && buyer.address && !busy ? '' : ' mall-btn--off'}`}
          onClick={active && buyer.address && !busy ? () => void go(null) : undefined}
        >
          {state.busy ? '提交中…' : `发起拼团 ${formatFen(activity.groupPriceFen)}`}
        </Text>
      </View>

      <PaySheet payment={payment} totalFen={placed?.order.totalFen ?? 0} />
    </View>
  );
}

function OpenGroupRow({ group, now, disabled, onJoin }: { group: Group; now: number; disabled: boolean; onJoin(): void }) {
  const view = groupView(group, now);
  const canJoin = view.kind === 'join' && !disabled;
  return (
    <View id={`open-group-${group.id}`} className='mk-list-item'>
      <View className='mk-list-item__body' onClick={() => void Taro.navigateTo({ url: groupUrl(group.id) })}>
        <GroupSeats group={group} />
        <View className='mk-row'>
          <Text>{view.text}</Text>
          <Countdown label='剩余' target={group.expiresAt} now={now} />
        </View>
      </View>
      <Text id={`join-group-${group.id}`} className={`mall-btn mall-btn--small${canJoin ? '' : ' mall-btn--off'}`} onClick={canJoin ? onJoin : undefined}>
        参团
      </Text>
    </View>
  );
}

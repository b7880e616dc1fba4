import { useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen, groupIdParamsSchema, type Group, type GroupOrderResult, type GroupShareCard } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useNow } from '@/hooks/useNow';
import { errorText } from '@/services/error-text';
import { groupBuyUrl, groupUrl } from '@/utils/routes';
import { AddressBar } from '../shared/AddressBar';
import { Countdown } from '../shared/Countdown';
import { ErrorLine, PaySheet } from '../shared/PaySheet';
import { useShareCard } from '../shared/share';
import { ShareAction } from '../shared/ShareAction';
import { useBuyerAddress, type BuyerAddress } from '../shared/use-buyer-address';
import { usePayAndGo } from '../shared/use-pay-and-go';
import { createGroupOrderer } from '../group-buy/use-group-buy';
import { GroupSeats } from './GroupSeats';
import { groupView } from './seat-model';
import { groupShareCard } from './share-card';
import { useGroup } from './use-group';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 拼团详情: `subpackages/marketing/group/index?id=<group uuid>`: what a share card opens. */
export default function GroupPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = groupIdParamsSchema.safeParse({ id: params.id });
  const groupId = parsed.success ? parsed.data.id : null;
  const state = useGroup(groupId);
  const buyer = useBuyerAddress();
  useShareCard(state.card ? groupShareCard(state.card) : null);

  if (!groupId) return <StatusView kind='error' text='拼团链接无效' />;
  if (!state.group || !state.card) {
    if (state.error) return <StatusView kind='error' text={state.error} onRetry={() => void state.reload()} />;
    return <StatusView kind='loading' />;
  }
  return <GroupScreen group={state.group} card={state.card} buyer={buyer} onChanged={() => void state.reload()} />;
}

export interface GroupScreenProps {
  group: Group;
  card: GroupShareCard;
  buyer: BuyerAddress;
  onChanged(): void;
}

export function GroupScreen({ group, card, buyer, onChanged }: GroupScreenProps) {
  const now = useNow(group.status === 'open' || group.status === 'forming');
  const view = groupView(group, now);
  const orderer = useRef(createGroupOrderer(group.activityId));
  const [placed, setPlaced] = useState<GroupOrderResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  // Paid or not, come back to this group: the new seat shows once paid.
  const payment = usePayAndGo(() => groupUrl(group.id));
  const canJoin = view.kind === 'join' && Boolean(buyer.address) && !busy && !payment.busy;

  const join = async () => {
    if (!buyer.address) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await orderer.current({ groupId: group.id, addressId: buyer.address.id });
      setPlaced(result);
      await payment.pay(result.order.id);
    } catch (e) {
      setMessage(errorText(e));
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='mall-page group-page'>
      <View className='mall-card'>
        <Text id='group-title' className='mk-title'>
          {card.title}
        </Text>
        <View className='mk-prices'>
          <Text className='mk-price__tag'>{group.groupSize}人团</Text>
          <Text id='group-price' className='mk-price'>
            {formatFen(card.groupPriceFen)}
          </Text>
          <Text className='mk-normal'>{formatFen(card.normalPriceFen)}</Text>
        </View>
      </View>

      <View className='mall-card'>
        <GroupSeats group={group} />
        <Text id='group-state' className='mk-state'>
          {view.text}
        </Text>
        <View className='mk-row'>
          <Text id='group-seats-left'>
            {group.seatsTaken}/{group.groupSize} 人 · 剩 {group.seatsLeft} 个名额
          </Text>
          {view.kind === 'join' || view.kind === 'forming' ? <Countdown id='group-countdown' label='剩余' target={group.expiresAt} now={now} /> : null}
        </View>
        {view.kind === 'join' ? <ShareAction id='group-share' label='邀请好友参团' card={groupShareCard(card)} /> : null}
      </View>

      <AddressBar address={buyer.address} />
      <ErrorLine id='group-message' text={message ?? payment.message} />

      <View className='mall-bar'>
        <Text id='group-more' className='mall-bar__btn mall-bar__btn--cart' onClick={() => void Taro.navigateTo({ url: groupBuyUrl(group.activityId) })}>
          我也开一个团
        </Text>
        <Text id='group-join' className={`mall-bar__btn${canJoin ? '' : ' mall-btn--off'}`} onClick={canJoin ? () => void join() : undefined}>
          {busy ? '提交中…' : view.kind === 'join' ? `参团 ${formatFen(card.groupPriceFen)}` : view.text}
        </Text>
      </View>

      <PaySheet payment={payment} totalFen={placed?.order.totalFen ?? 0} />
    </View>
  );
}

import { Button, Text, View } from '@tarojs/components';
import type { RoomCouponCard as Card } from '@livemall/shared';
import { couponRuleText, couponValueText } from '@/utils/coupon-text';
import type { CouponClaimState } from '../use-room-coupon';

export interface RoomCouponCardProps {
  card: Card;
  claim: CouponClaimState;
  /** Absent for a guest: the button asks them to log in instead. */
  onClaim?(): void;
  onLogin(): void;
  onClose(): void;
}

const label = (claim: CouponClaimState, soldOut: boolean) => {
  if (claim.status === 'claimed') return '已领取';
  if (claim.status === 'claiming') return '领取中…';
  return soldOut ? '已抢光' : '立即领取';
};

/** The coupon the anchor pushed: value, rule, how many are left, and 领取 in one tap. */
export function RoomCouponCard({ card, claim, onClaim, onLogin, onClose }: RoomCouponCardProps) {
  const soldOut = card.remaining === 0;
  const disabled = soldOut || claim.status === 'claimed' || claim.status === 'claiming';
  return (
    <View id='live-coupon-card' className='room-coupon'>
      <View className='room-coupon__value'>
        <Text className='room-coupon__amount'>{couponValueText(card.rule)}</Text>
      </View>
      <View className='room-coupon__body'>
        <Text className='room-coupon__name'>{card.name}</Text>
        <Text className='room-coupon__rule'>{couponRuleText(card.rule)}</Text>
        <Text className='room-coupon__left'>{soldOut ? '已抢光' : `剩余 ${card.remaining} 张`}</Text>
        {claim.status === 'failed' ? <Text className='room-coupon__error'>{claim.text}</Text> : null}
      </View>
      <Button className='room-coupon__claim' size='mini' disabled={disabled} onClick={onClaim ?? onLogin}>
        {onClaim ? label(claim, soldOut) : '登录领取'}
      </Button>
      <Text className='room-coupon__close' onClick={onClose}>
        ×
      </Text>
    </View>
  );
}

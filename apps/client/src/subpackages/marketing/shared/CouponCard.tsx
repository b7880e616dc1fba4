import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { CouponRule } from '@livemall/shared';
import { couponValueText } from '@/utils/coupon-text';

export interface CouponCardProps {
  id: string;
  rule: CouponRule;
  name: string;
  /** Lines under the name: the rule, the shop, the validity… */
  meta: readonly string[];
  off?: boolean;
  action?: ReactNode;
}

/** One coupon: its value, name and terms, and an action on the right (领取, 去使用…). */
export function CouponCard({ id, rule, name, meta, off = false, action }: CouponCardProps) {
  return (
    <View id={id} className={`mk-coupon${off ? ' mk-coupon--off' : ''}`}>
      <View className='mk-coupon__value'>
        <Text className='mk-coupon__amount'>{couponValueText(rule)}</Text>
        <Text className='mk-coupon__threshold'>{rule.thresholdFen > 0 ? '满额可用' : '无门槛'}</Text>
      </View>
      <View className='mk-coupon__body'>
        <Text className='mk-coupon__name'>{name}</Text>
        {meta.map((line) => (
          <Text key={line} className='mk-coupon__meta'>
            {line}
          </Text>
        ))}
      </View>
      {action}
    </View>
  );
}

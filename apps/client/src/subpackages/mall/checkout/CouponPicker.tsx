import { Text, View } from '@tarojs/components';
import type { CouponOption } from './coupon-choice';

export interface CouponPickerProps {
  options: readonly CouponOption[];
  onPick(id: string | null): void;
  onClose(): void;
}

/** The checkout's coupon sheet: each usable coupon with what it takes off, and 不使用优惠券. */
export function CouponPicker({ options, onPick, onClose }: CouponPickerProps) {
  return (
    <View className='mall-mask' onClick={onClose}>
      <View id='coupon-picker' className='mall-sheet coupon-picker' onClick={(e) => e.stopPropagation()}>
        <Text className='mall-sheet__title'>选择优惠券</Text>
        {options.map((o) => (
          <View
            key={o.id ?? 'none'}
            id={`coupon-option-${o.id ?? 'none'}`}
            className={`coupon-option${o.selected ? ' coupon-option--on' : ''}`}
            onClick={() => onPick(o.id)}
          >
            <View className='coupon-option__body'>
              <Text className='coupon-option__title'>
                {o.title}
                {o.suggested ? <Text className='coupon-option__tag'>推荐</Text> : null}
              </Text>
              {o.detail ? <Text className='coupon-option__detail'>{o.detail}</Text> : null}
            </View>
            {o.discountText ? <Text className='coupon-option__discount'>{o.discountText}</Text> : null}
            <Text className={`check${o.selected ? ' check--on' : ''}`} />
          </View>
        ))}
      </View>
    </View>
  );
}

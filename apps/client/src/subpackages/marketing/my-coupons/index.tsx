import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { couponStatusSchema, type CouponStatus, type MyCoupon } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { couponRuleText, couponScopeText } from '@/utils/coupon-text';
import { formatMonthDayTime } from '@/utils/format-time';
import { marketingPages } from '@/utils/routes';
import { CouponCard } from '../shared/CouponCard';
import { useMyCoupons } from './use-my-coupons';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

const tabs: { status: CouponStatus; label: string }[] = [
  { status: 'unused', label: '未使用' },
  { status: 'used', label: '已使用' },
  { status: 'expired', label: '已过期' },
];

/** 我的优惠券: `subpackages/marketing/my-coupons/index[?status=unused|used|expired]`. */
export default function MyCouponsPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = couponStatusSchema.safeParse(params.status);
  return <MyCouponsScreen initial={parsed.success ? parsed.data : 'unused'} />;
}

export function MyCouponsScreen({ initial }: { initial: CouponStatus }) {
  const [status, setStatus] = useState<CouponStatus>(initial);
  const coupons = useMyCoupons(status);
  return (
    <View className='mall-page my-coupons'>
      <View className='mk-tabs'>
        {tabs.map((t) => (
          <Text key={t.status} id={`my-coupons-tab-${t.status}`} className={`mk-tab${t.status === status ? ' mk-tab--on' : ''}`} onClick={() => setStatus(t.status)}>
            {t.label}
          </Text>
        ))}
      </View>
      {coupons.items === null ? (
        coupons.error ? (
          <StatusView kind='error' text={coupons.error} onRetry={() => void coupons.reload()} />
        ) : (
          <StatusView kind='loading' />
        )
      ) : coupons.items.length === 0 ? (
        <View>
          <StatusView kind='empty' text={status === 'unused' ? '还没有可用的优惠券' : '这里空空的'} />
          {status === 'unused' ? (
            <Text id='my-coupons-centre' className='mall-btn mall-btn--center' onClick={() => void Taro.navigateTo({ url: marketingPages.couponCentre })}>
              去领券
            </Text>
          ) : null}
        </View>
      ) : (
        coupons.items.map((c) => <MyCouponRow key={c.id} coupon={c} />)
      )}
    </View>
  );
}

function MyCouponRow({ coupon }: { coupon: MyCoupon }) {
  const when =
    coupon.status === 'used' && coupon.usedAt ? `${formatMonthDayTime(coupon.usedAt)} 已使用` : `${formatMonthDayTime(coupon.validTo)} ${coupon.status === 'expired' ? '已过期' : '前有效'}`;
  return (
    <CouponCard
      id={`my-coupon-${coupon.id}`}
      rule={coupon.rule}
      name={coupon.name}
      off={coupon.status !== 'unused'}
      meta={[`${coupon.merchantName} · ${couponRuleText(coupon.rule)}`, `${couponScopeText(coupon.scope)} · ${when}`]}
      action={
        coupon.status === 'unused' ? (
          <Text className='mk-coupon__action' onClick={() => void Taro.switchTab({ url: '/pages/mall/index' })}>
            去使用
          </Text>
        ) : null
      }
    />
  );
}

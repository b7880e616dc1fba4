import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CouponCentreEntry } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { couponRuleText, couponScopeText, validityText } from '@/utils/coupon-text';
import { marketingPages } from '@/utils/routes';
import { CouponCard } from '../shared/CouponCard';
import { ProgressBar } from '../shared/ProgressBar';
import { claimButton, claimedPercent } from './claim-model';
import { useCouponCentre, type CouponCentreState } from './use-coupon-centre';
import { usePageView } from '@/hooks/usePageView';
import '../marketing.scss';

/** 领券中心: `subpackages/marketing/coupons/index`, from the Me tab, the mall tab and the goods page. */
export default function CouponCentrePage() {
  usePageView();
  const centre = useCouponCentre();
  return <CouponCentreScreen centre={centre} />;
}

export function CouponCentreScreen({ centre }: { centre: CouponCentreState }) {
  const { entries } = centre;
  if (!entries) {
    if (centre.error) return <StatusView kind='error' text={centre.error} onRetry={() => void centre.reload()} />;
    return <StatusView kind='loading' />;
  }
  return (
    <View className='mall-page coupon-centre'>
      <View className='mk-row mall-card'>
        <Text className='mk-title'>可领优惠券</Text>
        <Text id='coupon-centre-mine' className='mall-link' onClick={() => void Taro.navigateTo({ url: marketingPages.myCoupons })}>
          我的优惠券 ›
        </Text>
      </View>
      {centre.message ? (
        <Text id='coupon-centre-message' className='mall-hint mall-hint--accent mk-state'>
          {centre.message}
        </Text>
      ) : null}
      {entries.length === 0 ? <StatusView kind='empty' text='暂时没有可领的优惠券' /> : null}
      {entries.map((entry) => (
        <CentreEntry key={entry.template.id} entry={entry} busy={centre.claiming === entry.template.id} onClaim={() => void centre.claim(entry.template.id)} />
      ))}
    </View>
  );
}

function CentreEntry({ entry, busy, onClaim }: { entry: CouponCentreEntry; busy: boolean; onClaim(): void }) {
  const { template } = entry;
  const button = claimButton(entry);
  const enabled = button.enabled && !busy;
  const claimed = claimedPercent(template.claimedCount, template.totalQuantity);
  return (
    <CouponCard
      id={`coupon-entry-${template.id}`}
      rule={template.rule}
      name={template.name}
      off={!button.enabled}
      meta={[`${template.merchantName} · ${couponRuleText(template.rule)}`, `${couponScopeText(template.scope)} · ${validityText(template.validity)}`, `已抢 ${claimed}%`]}
      action={
        <View className='mk-coupon__side'>
          <ProgressBar percent={claimed} />
          <Text id={`coupon-claim-${template.id}`} className={`mk-coupon__action${enabled ? '' : ' mk-coupon__action--off'}`} onClick={enabled ? onClaim : undefined}>
            {busy ? '领取中…' : button.label}
          </Text>
        </View>
      }
    />
  );
}

import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { BargainTab } from './bargains/BargainTab';
import { CouponTab } from './coupons/CouponTab';
import { FlashSaleTab } from './flash-sales/FlashSaleTab';
import { FullReductionTab } from './full-reductions/FullReductionTab';
import { GroupBuyTab } from './group-buys/GroupBuyTab';

const tabs = [
  { key: 'coupons', label: '优惠券', Tab: CouponTab },
  { key: 'full-reductions', label: '满减', Tab: FullReductionTab },
  { key: 'group-buys', label: '拼团', Tab: GroupBuyTab },
  { key: 'bargains', label: '砍价', Tab: BargainTab },
  { key: 'flash-sales', label: '秒杀', Tab: FlashSaleTab },
];

/** Every promotion of the shop, one tab each; only the shown tab polls its figures. */
export function PromotionsPage() {
  const [active, setActive] = useState('coupons');
  return (
    <>
      <Typography.Title level={4}>营销活动</Typography.Title>
      <Tabs
        id='promo-tabs'
        activeKey={active}
        onChange={setActive}
        items={tabs.map(({ key, label, Tab }) => ({ key, label: <span id={`promo-tab-${key}`}>{label}</span>, children: <Tab active={active === key} /> }))}
      />
    </>
  );
}

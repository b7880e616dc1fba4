import { api, type MerchantCouponTemplate } from '@livemall/shared';
import { Tag } from 'antd';
import { call } from '../../../api/call';
import { ActivityList } from '../common/ActivityList';
import { CouponForm } from './CouponForm';
import { ruleText, scopeText, validityText } from './coupon-text';

const load = async () => (await call(api.merchantCouponTemplates)).items;

/** Coupon templates with their live figures: issued (the quantity), claimed and used. */
export function CouponTab({ active }: { active: boolean }) {
  return (
    <ActivityList<MerchantCouponTemplate>
      id='coupon'
      active={active}
      createLabel='新建优惠券'
      hint='领取、使用数据每 5 秒刷新'
      emptyText='还没有优惠券，点“新建优惠券”创建第一张'
      load={load}
      form={(done) => <CouponForm onCreated={done} />}
      columns={({ stop }) => [
        { title: '名称', dataIndex: 'name' },
        { title: '规则', render: (_, t) => ruleText(t.rule) },
        { title: '有效期', render: (_, t) => validityText(t.validity) },
        { title: '范围', render: (_, t) => `${scopeText(t.scope)}${t.newUserOnly ? ' · 仅新客' : ''}` },
        { title: '发放', dataIndex: 'totalQuantity', align: 'right' },
        { title: '已领', align: 'right', render: (_, t) => <span id={`coupon-claimed-${t.id}`}>{t.claimedCount}</span> },
        { title: '已用', align: 'right', render: (_, t) => <span id={`coupon-used-${t.id}`}>{t.usedCount}</span> },
        { title: '状态', render: (_, t) => (t.status === 'active' ? <Tag color='green'>领取中</Tag> : <Tag>已停止</Tag>) },
        {
          title: '操作',
          render: (_, t) => t.status === 'active' && stop(t.id, '优惠券（已领取的仍可使用）', () => call(api.stopCouponTemplate, { params: { id: t.id } })),
        },
      ]}
    />
  );
}

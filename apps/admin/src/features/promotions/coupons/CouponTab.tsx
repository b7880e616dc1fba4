import { api, type MerchantCouponTemplate } from '@livemall/shared';
import { Table, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../../api/call';
import { ActivityTab } from '../common/ActivityTab';
import { StopButton } from '../common/StopButton';
import { usePolling } from '../common/use-polling';
import { LIVE_FIGURES_MS } from '../common/live';
import { CouponForm } from './CouponForm';
import { ruleText, scopeText, validityText } from './coupon-text';

/** Coupon templates with their live figures: issued (the quantity), claimed and used. */
export function CouponTab({ active }: { active: boolean }) {
  const list = usePolling(() => call(api.merchantCouponTemplates), LIVE_FIGURES_MS, active);
  const [actionError, setActionError] = useState<string | null>(null);
  return (
    <ActivityTab
      id='coupon'
      createLabel='新建优惠券'
      hint='领取、使用数据每 5 秒刷新'
      error={actionError ?? list.error}
      form={(close) => <CouponForm onCreated={() => (close(), void list.reload())} />}
    >
      <Table<MerchantCouponTemplate>
        id='coupon-table'
        rowKey='id'
        size='middle'
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '还没有优惠券，点“新建优惠券”创建第一张' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '规则', render: (_, t) => ruleText(t.rule) },
          { title: '有效期', render: (_, t) => validityText(t.validity) },
          { title: '范围', render: (_, t) => `${scopeText(t.scope)}${t.newUserOnly ? ' · 仅新客' : ''}` },
          { title: '发放', dataIndex: 'totalQuantity', align: 'right' },
          { title: '已领', dataIndex: 'claimedCount', align: 'right', render: (n: number, t) => <span id={`coupon-claimed-${t.id}`}>{n}</span> },
          { title: '已用', dataIndex: 'usedCount', align: 'right', render: (n: number, t) => <span id={`coupon-used-${t.id}`}>{n}</span> },
          { title: '状态', render: (_, t) => (t.status === 'active' ? <Tag color='green'>领取中</Tag> : <Tag>已停止</Tag>) },
          {
            title: '操作',
            render: (_, t) =>
              t.status === 'active' && (
                <StopButton
                  id={`coupon-stop-${t.id}`}
                  what='优惠券（已领取的仍可使用）'
                  stop={() => call(api.stopCouponTemplate, { params: { id: t.id } })}
                  done={() => (setActionError(null), void list.reload())}
                  failed={setActionError}
                />
              ),
          },
        ]}
      />
    </ActivityTab>
  );
}

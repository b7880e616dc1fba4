import { api, formatFen, type MemberLevel } from '@livemall/shared';
import { Alert, Card, Table } from 'antd';
import { call } from '../../api/call';
import { useRemote } from '../dashboards/use-remote';

/** A level's free-shipping threshold in words: null keeps the shop's usual rule, 0 ships everything free. */
export const shippingText = (fen: number | null) => (fen === null ? '按店铺运费规则' : fen === 0 ? '全部包邮' : `满 ${formatFen(fen)} 包邮`);

/** The platform's membership ladder, read only: the platform sets it for every shop. */
export function MemberLevelsView() {
  const ladder = useRemote('levels', () => call(api.memberLevels));
  // The monthly coupon is named when it is one of this shop's templates; the platform may pick another shop's.
  const templates = useRemote('templates', () => call(api.merchantCouponTemplates));
  const names = new Map((templates.data?.items ?? []).map((t) => [t.id, t.name]));
  const couponText = (id: string | null) => (id === null ? '不赠' : (names.get(id) ?? '平台指定的券'));

  return (
    <Card title='会员等级与权益' size='small'>
      <div style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 12 }}>全平台一套等级；成长值来自确认收货的订单（每元 1 点）和每日签到，会员按成长值定级。</div>
      {ladder.error && <Alert id='member-levels-error' type='error' showIcon title={ladder.error} style={{ marginBottom: 16 }} />}
      <Table<MemberLevel>
        id='member-levels'
        size='small'
        rowKey='rank'
        pagination={false}
        loading={ladder.loading}
        dataSource={ladder.data?.levels ?? []}
        columns={[
          { title: '等级', dataIndex: 'name' },
          { title: '成长值起点', dataIndex: 'growthFrom' },
          { title: '折扣', dataIndex: 'discountPercent', render: (p: number) => (p === 100 ? '无折扣' : `付 ${p}%`) },
          { title: '包邮', dataIndex: 'freeShippingFromFen', render: shippingText },
          { title: '每月赠券', dataIndex: 'monthlyCouponTemplateId', render: couponText },
        ]}
      />
    </Card>
  );
}

import type { ShopDashboard } from '@livemall/shared';
import type { Kpi } from './KpiGrid';
import { fenText, formatBps } from './figures';

/** The shop's headline figures as cards. */
export function shopKpis(d: ShopDashboard): Kpi[] {
  return [
    { id: 'gmv', label: '成交额（GMV）', value: fenText(d.gmvFen), hint: `退款后 ${fenText(d.netFen)}` },
    { id: 'orders', label: '支付订单数', value: String(d.orders) },
    { id: 'aov', label: '客单价', value: fenText(d.avgOrderFen) },
    { id: 'refunds', label: '退款金额', value: fenText(d.refundedFen) },
    { id: 'buyers', label: '支付买家数', value: String(d.buyers) },
    { id: 'repurchase', label: '复购率', value: formatBps(d.repurchaseRateBps), hint: `${d.repeatBuyers} 人下单两次及以上` },
    { id: 'new-buyers', label: '新买家', value: String(d.newBuyers), hint: '首次在本店支付' },
    { id: 'returning-buyers', label: '老买家', value: String(d.returningBuyers), hint: '此前在本店支付过' },
  ];
}

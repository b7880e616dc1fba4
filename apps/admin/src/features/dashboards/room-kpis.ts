import type { RoomDashboard } from '@livemall/shared';
import type { Kpi } from './KpiGrid';
import { fenText, formatBps, formatDuration } from './figures';

/** A room's headline figures as cards. */
export function roomKpis(d: RoomDashboard): Kpi[] {
  return [
    { id: 'viewers', label: '观看人数', value: String(d.viewers) },
    { id: 'peak-online', label: '最高在线', value: String(d.peakOnline), hint: `平均在线 ${d.avgOnline}` },
    { id: 'avg-watch', label: '人均观看时长', value: formatDuration(d.avgWatchMs) },
    { id: 'interaction', label: '互动率', value: formatBps(d.interactionRateBps), hint: `评论 ${d.comments} · 点赞 ${d.likes}` },
    { id: 'clicks', label: '商品点击', value: String(d.productClicks), hint: `${d.productClickers} 人点击 · 加购 ${d.cartAdds} 次` },
    { id: 'orders', label: '支付订单', value: String(d.orders), hint: `下单 ${d.ordersCreated}` },
    { id: 'gmv', label: '成交额', value: fenText(d.gmvFen), hint: `已退款 ${fenText(d.refundedFen)}` },
    { id: 'conversion', label: '转化率', value: formatBps(d.conversionRateBps), hint: `${d.payingViewers} 位观众支付` },
    {
      id: 'red-packets',
      label: '红包',
      value: `${d.redPackets.sent} 个 · ${fenText(d.redPackets.amountFen)}`,
      hint: `${d.redPackets.grabbers} 人抢到 ${fenText(d.redPackets.grabbedFen)}，退回 ${fenText(d.redPackets.refundedFen)}`,
    },
    { id: 'coupons', label: '优惠券', value: `领取 ${d.coupons.claimed}`, hint: `用于 ${d.coupons.used} 笔订单` },
  ];
}

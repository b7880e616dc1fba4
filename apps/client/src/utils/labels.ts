import { formatFen, type LedgerReason, type LiveRoomStatus, type Role, type User } from '@livemall/shared';

export const roomStatusLabel: Record<LiveRoomStatus, string> = {
  live: '直播中',
  scheduled: '预告',
  ended: '已结束',
};

export const roleLabel: Record<Role, string> = {
  user: '用户',
  merchant: '商家',
  admin: '管理员',
};

export const providerLabel: Record<User['provider'], string> = {
  wechat: '微信',
  guest: '游客',
};

/** The first block of a UUID is enough for a person to tell accounts apart. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

export const ledgerReasonLabel: Record<LedgerReason, string> = {
  red_packet_grab: '抢红包',
  red_packet_refund: '红包退款',
  topup: '充值',
  red_packet_fund: '发红包',
  gift: '送礼物',
  welcome_points: '新人积分',
  order_payment: '订单支付',
  order_refund: '订单退款',
  order_settlement: '订单结算',
  invite_reward: '邀请奖励',
  checkin: '每日签到',
  share_points: '分享商品',
  purchase_points: '购物奖励',
  points_clawback: '退款扣回',
  points_expired: '积分过期',
  points_deduction: '积分抵扣',
  points_return: '积分退回',
  live_comment_points: '直播间首次评论',
  live_watch_points: '直播间观看奖励',
};

/** `150` → `+¥1.50`, `-150` → `-¥1.50`: a history line says which way the money went. */
export function signedFen(fen: number): string {
  return fen > 0 ? `+${formatFen(fen)}` : formatFen(fen);
}

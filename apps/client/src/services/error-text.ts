import { isApiError, type ApiErrorCode } from './api-error';

// What a user is told; the code is what the program acts on. Unknown codes get the generic line.
const texts: Partial<Record<ApiErrorCode, string>> = {
  NETWORK_ERROR: '网络不给力，请检查网络后重试',
  BAD_RESPONSE: '服务器开小差了，请稍后再试',
  CONTRACT_MISMATCH: '版本不匹配，请更新到最新版本',
  UNAUTHORIZED: '请先登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  REFRESH_TOKEN_INVALID: '登录已过期，请重新登录',
  FORBIDDEN: '没有权限',
  GUEST_LOGIN_DISABLED: '当前环境未开放游客登录',
  WECHAT_CODE_INVALID: '微信登录失败，请重试',
  WECHAT_RATE_LIMITED: '操作太频繁，请稍后再试',
  WECHAT_UNAVAILABLE: '微信服务暂不可用，请稍后再试',
  WECHAT_ERROR: '微信登录失败，请稍后再试',
  WECHAT_NOT_CONFIGURED: '服务器未配置微信登录',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  NOT_FOUND: '内容不存在或已下架',
  VALIDATION_FAILED: '填写的内容有误，请检查后再试',
  IDEMPOTENCY_CONFLICT: '请求重复，请刷新后再试',
  // The live room and its console.
  ROOM_NOT_FOUND: '直播间不存在',
  NOT_A_MERCHANT: '只有商家可以这样做',
  ROOM_STATE_CONFLICT: '直播间当前状态不允许这样做',
  ROOM_NOT_LIVE: '直播还没开始或已经结束',
  USER_BANNED: '你已被主播移出直播间',
  USER_MUTED: '你已被主播禁言',
  COMMENT_NOT_FOUND: '这条弹幕已经不在了',
  GOODS_NOT_FOUND: '商品不存在或已下架',
  GIFT_NOT_PAYABLE: '这个礼物不能用积分送',
  INSUFFICIENT_BALANCE: '余额不足',
  INSUFFICIENT_POINTS: '积分不足',
  LOTTERY_NOT_FOUND: '抽奖不存在',
  SCHEDULE_NOT_FOUND: '定时推送不存在',
  SCHEDULE_TIME_INVALID: '推送时间需在将来',
  // The mall: goods, cart, orders, payments.
  CATEGORY_NOT_FOUND: '分类不存在',
  SKU_NOT_FOUND: '所选规格已不存在，请重新选择',
  GOODS_OFF_SHELF: '商品已下架',
  OUT_OF_STOCK: '库存不足，请减少数量或换个规格',
  MIXED_MERCHANTS: '一个订单只能包含同一店铺的商品，请分开结算',
  ADDRESS_NOT_FOUND: '收货地址不存在，请重新选择',
  ORDER_NOT_FOUND: '订单不存在',
  ORDER_STATE_CONFLICT: '订单状态已变化，请刷新后再试',
  REFUND_NOT_FOUND: '退款申请不存在',
  REFUND_QUANTITY_INVALID: '退款数量超过了可退数量',
  PAYMENT_NOT_FOUND: '支付单不存在，请重新发起支付',
  PAYMENT_PROVIDER_ERROR: '支付服务暂不可用，请稍后再试',
  PAYMENT_NOTIFY_INVALID: '支付结果校验失败，请稍后查看订单',
  MERCHANT_NOT_FOUND: '店铺不存在',
  INTERNAL_ERROR: '服务器开小差了，请稍后再试',
};

export function errorText(error: unknown): string {
  if (isApiError(error)) return texts[error.code] ?? '出错了，请稍后再试';
  return '出错了，请稍后再试';
}

import { isApiError, type ApiErrorCode } from '@/services/api-error';
import { errorText } from '@/services/error-text';

/** Why a gift did not go out, in the viewer's words; every code `POST /live-rooms/:id/gifts` answers. */
const texts: Partial<Record<ApiErrorCode, string>> = {
  INSUFFICIENT_BALANCE: '钱包余额不足，换用积分或先充值',
  INSUFFICIENT_POINTS: '积分不足，换用钱包支付吧',
  GIFT_NOT_PAYABLE: '这个礼物不能用积分送，请用钱包支付',
  ROOM_NOT_LIVE: '直播未开始或已结束，暂时不能送礼',
  ROOM_NOT_FOUND: '直播间不存在',
  USER_BANNED: '你已被主播移出直播间，不能送礼',
  IDEMPOTENCY_CONFLICT: '这次赠送与上一次冲突，请重新选择礼物',
  UNAUTHORIZED: '登录后才能送礼',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  VALIDATION_FAILED: '礼物信息有误，请刷新后再试',
  RATE_LIMITED: '送得太快了，歇一会儿再送',
  NETWORK_ERROR: '网络不给力，礼物可能没送出；点“重试”不会重复扣费',
};

export function giftErrorText(error: unknown): string {
  return (isApiError(error) && texts[error.code]) || errorText(error);
}

import type { ErrorCode } from '@livemall/shared';
import { errorText, isApiError } from '../../../api/api-error';

// The server's messages are for developers (English); the console tells the shop in its own words.
const words: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: '填写的内容有误，请检查后再试',
  NOT_A_MERCHANT: '当前账号没有店铺',
  FORBIDDEN: '没有权限进行此操作',
  SKU_NOT_FOUND: '所选商品规格不存在或不属于本店',
  OUT_OF_STOCK: '库存不足：活动数量不能超过该规格的库存',
  GROUP_BUY_PRICE_INVALID: '拼团价必须低于该规格的原价',
  BARGAIN_FLOOR_INVALID: '砍价底价必须低于该规格的原价',
  FLASH_SALE_TIME_INVALID: '活动时间不正确：结束时间须晚于开始时间且在未来',
  COUPON_TEMPLATE_NOT_FOUND: '优惠券不存在',
  FULL_REDUCTION_NOT_FOUND: '满减活动不存在',
  GROUP_BUY_NOT_FOUND: '拼团活动不存在',
  BARGAIN_ACTIVITY_NOT_FOUND: '砍价活动不存在',
  FLASH_SALE_NOT_FOUND: '秒杀活动不存在',
  CONTENT_NOT_FOUND: '这条内容不存在或已被删除',
  CONTENT_GOODS_INVALID: '只能关联本店的商品（最多 10 件）',
  CONTENT_STATUS_INVALID: '内容状态已变化（可能已在别处发布或下线），已刷新列表，请重试',
  SUPPORT_CONVERSATION_NOT_FOUND: '这个会话不存在',
  SUPPORT_CLIENT_MSG_ID_REUSED: '消息重复，请重新发送',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL_ERROR: '服务器开小差了，请稍后再试',
};

/** A failure of a promotions, support or content call, in words for the shop. */
export function promoErrorText(e: unknown): string {
  if (isApiError(e) && e.code in words) return words[e.code as ErrorCode]!;
  return errorText(e);
}

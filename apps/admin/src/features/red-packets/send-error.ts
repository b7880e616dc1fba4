import { formatFen } from '@livemall/shared';
import { errorText, isApiError } from '../../api/api-error';

/** The send form's failures in the merchant's words (the server's messages are for developers). */
export function sendErrorText(e: unknown): string {
  if (!isApiError(e)) return errorText(e);
  const d = (e.details ?? {}) as { needed?: number; balance?: number; issues?: Array<{ message?: string }> };
  switch (e.code) {
    case 'INSUFFICIENT_BALANCE':
      return typeof d.needed === 'number' && typeof d.balance === 'number'
        ? `账户余额不足：这个红包需要 ${formatFen(d.needed)}，余额只有 ${formatFen(d.balance)}，请先充值`
        : '账户余额不足，请先充值';
    case 'RED_PACKET_INFEASIBLE':
      return `金额与个数无法拆分（${d.issues?.[0]?.message ?? e.message}）：请调整总金额、个数或有效期`;
    case 'ROOM_NOT_FOUND':
      return '找不到这个直播间，或它不属于本店';
    case 'NOT_A_MERCHANT':
      return '当前账号没有店铺，不能发红包';
    case 'IDEMPOTENCY_CONFLICT':
      return '这次提交与上一次重复但内容不同，请再点一次发送';
    case 'VALIDATION_FAILED':
      return `填写有误：${e.message}`;
    default:
      return errorText(e);
  }
}

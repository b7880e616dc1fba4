import { errorText, isApiError } from '../../api/api-error';

/**
 * The live routes answer in English for developers; the console says what happened in the shop's words.
 * Codes not listed fall back to the server's message.
 */
const words: Record<string, string> = {
  ROOM_STATE_CONFLICT: '直播间当前状态不允许这样做（可能已结束，或已被他人操作），请刷新后再试',
  ROOM_NOT_FOUND: '找不到这个直播间（可能不属于你的店铺）',
  ROOM_NOT_LIVE: '直播间未开播，开播后才能这样做',
  NOT_A_MERCHANT: '你没有管理这个店铺直播间的权限',
  FORBIDDEN: '场控没有这个操作的权限，请联系店主',
  GOODS_NOT_FOUND: '找不到这个商品（可能已下架）',
  COMMENT_NOT_FOUND: '这条评论已被删除',
  SCHEDULE_NOT_FOUND: '找不到这条定时推送',
  SCHEDULE_TIME_INVALID: '推送时间需晚于现在，且在 30 天以内',
  LOTTERY_NOT_FOUND: '找不到这个抽奖',
  VALIDATION_FAILED: '填写的内容不符合要求，请检查后再试',
};

export function roomErrorText(e: unknown): string {
  return (isApiError(e) && words[e.code]) || errorText(e);
}

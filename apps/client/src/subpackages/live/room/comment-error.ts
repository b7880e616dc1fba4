import type { ErrorCode } from '@livemall/shared';

/** Why a comment did not go out, in the viewer's words; the code is what the server said. */
const texts: Partial<Record<ErrorCode, string>> = {
  RATE_LIMITED: '发言太快了，歇一会儿再发',
  COMMENT_REJECTED: '弹幕含有不当内容，未能发送',
  USER_MUTED: '你已被主播禁言，暂时不能发弹幕',
  USER_BANNED: '你已被主播移出直播间，不能发弹幕',
  ROOM_NOT_LIVE: '直播未开始或已结束，暂时不能发弹幕',
  UNAUTHORIZED: '登录后才能发弹幕',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  VALIDATION_FAILED: '弹幕需为 1 到 100 个字',
};

export const NOT_CONNECTED_TEXT = '正在连接直播间，请稍后再发';

export function commentErrorText(code: ErrorCode): string {
  return texts[code] ?? '发送失败，请稍后再试';
}

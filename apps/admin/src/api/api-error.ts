import { errorWords, type ErrorBody, type ErrorCode } from '@livemall/shared';

/** Failures that never come from the server's error body (no answer, not JSON, a broken contract). */
export type ConsoleErrorCode = ErrorCode | 'NETWORK_ERROR' | 'BAD_RESPONSE' | 'CONTRACT_MISMATCH';

/** Every failure of `call()`. Screens switch on `code`; `message` is the server's words for a person. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ConsoleErrorCode,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    message: string,
    readonly details?: ErrorBody['details'],
  ) {
    super(message);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

const consoleWords: Partial<Record<ConsoleErrorCode, string>> = {
  NETWORK_ERROR: '网络连接失败，请稍后再试',
  BAD_RESPONSE: '服务器开小差了，请稍后再试',
  CONTRACT_MISMATCH: '后台与服务器版本不一致，请刷新页面',
  ...errorWords,
};

/** One line for a person: the product's words for the code (shared with the app), else the server's message. */
export function errorText(e: unknown): string {
  if (isApiError(e)) return consoleWords[e.code] ?? e.message;
  return e instanceof Error ? e.message : '操作失败';
}

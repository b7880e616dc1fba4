import type { ErrorBody, ErrorCode } from '@livemall/shared';

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

/** One line for a person: the server's message, or what went wrong on the way. */
export function errorText(e: unknown): string {
  if (isApiError(e)) return e.code === 'NETWORK_ERROR' ? '网络连接失败，请稍后再试' : e.message;
  return e instanceof Error ? e.message : '操作失败';
}

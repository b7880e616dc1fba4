import type { ErrorBody, ErrorCode } from '@livemall/shared';

/**
 * Failures that never come from the server's error body, so they are not in the shared `ErrorCode`:
 * the request did not get an answer, the answer was not an error body, or a success body broke the
 * route's contract (the server and client disagree on a schema).
 */
export const ClientErrorCode = {
  NETWORK_ERROR: 'NETWORK_ERROR',
  BAD_RESPONSE: 'BAD_RESPONSE',
  CONTRACT_MISMATCH: 'CONTRACT_MISMATCH',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;
export type ApiErrorDetails = ErrorBody['details'];

/** Every failure of `call()`. Callers switch on `code`, never on `message`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    message: string,
    readonly details?: ApiErrorDetails,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

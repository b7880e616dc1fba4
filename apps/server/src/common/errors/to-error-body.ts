import { HttpException } from '@nestjs/common';
import { type ErrorBody, ErrorCode, errorHttpStatus } from '@livemall/shared';
import { AppException } from './app-exception';
import { dependencyDown } from './dependency-down';

export interface ErrorReply {
  status: number;
  body: ErrorBody;
  /** True when nothing expected it: log it with its stack. */
  unexpected: boolean;
  /** Headers the answer needs besides the body: `retry-after` on a RATE_LIMITED that says how long. */
  headers?: Record<string, string>;
}

const byStatus: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHORIZED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  // A path parameter longer than the router takes: invalid input like any other.
  414: ErrorCode.VALIDATION_FAILED,
  415: ErrorCode.VALIDATION_FAILED,
  429: ErrorCode.RATE_LIMITED,
};

/** Maps anything thrown while serving a request to the API's error body. Never leaks internals. */
export function toErrorBody(error: unknown, requestId: string): ErrorReply {
  if (error instanceof AppException) {
    const reply: ErrorReply = {
      status: error.status,
      body: { code: error.code, message: error.message, details: { ...error.details, requestId } },
      unexpected: false,
    };
    const wait = error.details?.retryAfterSeconds;
    if (error.code === ErrorCode.RATE_LIMITED && typeof wait === 'number') reply.headers = { 'retry-after': String(wait) };
    return reply;
  }
  // Nest's own (e.g. the router's 404) and Fastify's (bad JSON, body too large) carry a 4xx status.
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { statusCode?: unknown })?.statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : 500;
  const code = byStatus[status];
  if (status < 500 && code) {
    const message = status === 404 ? 'No such route' : error instanceof Error ? error.message : 'Bad request';
    return { status: errorHttpStatus[code], body: { code, message, details: { requestId } }, unexpected: false };
  }
  // PostgreSQL or Redis unreachable: the request may succeed if retried shortly, so say so with a 503 and a
  // stable code rather than an unexplained 500. Logged by the caller all the same (not a client mistake).
  const down = dependencyDown(error);
  if (down) {
    const message = down === 'redis' ? 'A backing service (Redis) is unavailable; try again shortly' : down === 'database' ? 'The database is unavailable; try again shortly' : 'A backing service is unavailable; try again shortly';
    return { status: errorHttpStatus.SERVICE_UNAVAILABLE, body: { code: ErrorCode.SERVICE_UNAVAILABLE, message, details: { requestId, dependency: down } }, unexpected: false };
  }
  return {
    status: 500,
    body: { code: ErrorCode.INTERNAL_ERROR, message: 'Something went wrong on our side', details: { requestId } },
    unexpected: true,
  };
}

import { z } from 'zod';

/**
 * Every error the API can answer with. Clients switch on the code, never on the message text.
 * Codes are stable: rename one and every client that handles it breaks.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHORIZED: 'UNAUTHORIZED',
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  FORBIDDEN: 'FORBIDDEN',
  GUEST_LOGIN_DISABLED: 'GUEST_LOGIN_DISABLED',
  WECHAT_CODE_INVALID: 'WECHAT_CODE_INVALID',
  WECHAT_RATE_LIMITED: 'WECHAT_RATE_LIMITED',
  WECHAT_UNAVAILABLE: 'WECHAT_UNAVAILABLE',
  WECHAT_ERROR: 'WECHAT_ERROR',
  WECHAT_NOT_CONFIGURED: 'WECHAT_NOT_CONFIGURED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  ROOM_NOT_FOUND: 'ROOM_NOT_FOUND',
  NOT_A_MERCHANT: 'NOT_A_MERCHANT',
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  IDEMPOTENCY_CONFLICT: 'IDEMPOTENCY_CONFLICT',
  RED_PACKET_NOT_FOUND: 'RED_PACKET_NOT_FOUND',
  RED_PACKET_INFEASIBLE: 'RED_PACKET_INFEASIBLE',
  RED_PACKET_NOT_STARTED: 'RED_PACKET_NOT_STARTED',
  RED_PACKET_EXPIRED: 'RED_PACKET_EXPIRED',
  RED_PACKET_EMPTY: 'RED_PACKET_EMPTY',
  ALREADY_GRABBED: 'ALREADY_GRABBED',
  MERCHANT_NOT_FOUND: 'MERCHANT_NOT_FOUND',
  RATE_LIMITED: 'RATE_LIMITED',
  COMMENT_REJECTED: 'COMMENT_REJECTED',
  USER_MUTED: 'USER_MUTED',
  GOODS_NOT_FOUND: 'GOODS_NOT_FOUND',
  ROOM_STATE_CONFLICT: 'ROOM_STATE_CONFLICT',
  ROOM_NOT_LIVE: 'ROOM_NOT_LIVE',
  USER_BANNED: 'USER_BANNED',
  COMMENT_NOT_FOUND: 'COMMENT_NOT_FOUND',
  GIFT_NOT_PAYABLE: 'GIFT_NOT_PAYABLE',
  INSUFFICIENT_POINTS: 'INSUFFICIENT_POINTS',
  LOTTERY_NOT_FOUND: 'LOTTERY_NOT_FOUND',
  SCHEDULE_NOT_FOUND: 'SCHEDULE_NOT_FOUND',
  SCHEDULE_TIME_INVALID: 'SCHEDULE_TIME_INVALID',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** The one HTTP status each code is answered with. Adding a code without a status does not compile. */
export const errorHttpStatus: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  TOKEN_EXPIRED: 401,
  REFRESH_TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  GUEST_LOGIN_DISABLED: 403,
  WECHAT_CODE_INVALID: 400,
  WECHAT_RATE_LIMITED: 429,
  WECHAT_UNAVAILABLE: 502,
  WECHAT_ERROR: 502,
  WECHAT_NOT_CONFIGURED: 503,
  PAYLOAD_TOO_LARGE: 413,
  ROOM_NOT_FOUND: 404,
  NOT_A_MERCHANT: 403,
  INSUFFICIENT_BALANCE: 409,
  IDEMPOTENCY_CONFLICT: 409,
  RED_PACKET_NOT_FOUND: 404,
  RED_PACKET_INFEASIBLE: 400,
  RED_PACKET_NOT_STARTED: 409,
  RED_PACKET_EXPIRED: 410,
  RED_PACKET_EMPTY: 410,
  ALREADY_GRABBED: 409,
  MERCHANT_NOT_FOUND: 404,
  RATE_LIMITED: 429,
  COMMENT_REJECTED: 400,
  USER_MUTED: 403,
  GOODS_NOT_FOUND: 404,
  ROOM_STATE_CONFLICT: 409,
  ROOM_NOT_LIVE: 409,
  USER_BANNED: 403,
  COMMENT_NOT_FOUND: 404,
  GIFT_NOT_PAYABLE: 400,
  INSUFFICIENT_POINTS: 409,
  LOTTERY_NOT_FOUND: 404,
  SCHEDULE_NOT_FOUND: 404,
  SCHEDULE_TIME_INVALID: 400,
  INTERNAL_ERROR: 500,
};

/** One failing field of a request: where it is (e.g. `["items", 0, "qty"]`) and what is wrong. */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** The body of every error response, on every route. */
export const errorBodySchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z
    .object({
      issues: z.array(fieldIssueSchema).optional(),
      requestId: z.string().optional(),
    })
    .catchall(z.unknown())
    .optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

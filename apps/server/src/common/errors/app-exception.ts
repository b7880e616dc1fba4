import { type ErrorCode, errorHttpStatus } from '@livemall/shared';

/**
 * The one exception services throw for an expected failure. The filter turns it into
 * `{ code, message, details }` with the status `errorHttpStatus` gives the code.
 */
export class AppException extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    // An expected refusal (an empty red packet, a bad field) needs no stack trace, and capturing one was a
    // measurable share of a refused grab under a flood.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'AppException';
    this.code = code;
    this.details = details;
    this.status = errorHttpStatus[code];
  }
}

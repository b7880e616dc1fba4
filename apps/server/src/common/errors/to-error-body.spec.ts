import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ErrorCode, errorBodySchema } from '@livemall/shared';
import { AppException } from './app-exception';
import { toErrorBody } from './to-error-body';

describe('toErrorBody', () => {
  it('keeps an AppException’s code, message and details, with the status of its code', () => {
    const reply = toErrorBody(new AppException(ErrorCode.WECHAT_RATE_LIMITED, 'slow down', { wechatErrcode: 45011 }), 'rid-1');
    expect(reply).toEqual({
      status: 429,
      unexpected: false,
      body: { code: 'WECHAT_RATE_LIMITED', message: 'slow down', details: { wechatErrcode: 45011, requestId: 'rid-1' } },
    });
    expect(errorBodySchema.parse(reply.body)).toEqual(reply.body);
  });

  it('maps the router’s 404 and framework 4xx errors to stable codes', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /x'), 'r').body.code).toBe(ErrorCode.NOT_FOUND);
    expect(toErrorBody(new BadRequestException('bad'), 'r').body.code).toBe(ErrorCode.VALIDATION_FAILED);
    const fastifyTooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(toErrorBody(fastifyTooLarge, 'r')).toMatchObject({ status: 413, body: { code: ErrorCode.PAYLOAD_TOO_LARGE } });
    // The router's "parameter too long" (found by the fuzzer): invalid input, not a 500.
    const paramTooLong = Object.assign(new Error("'/goods/aaaa' is not a valid url component"), { statusCode: 414 });
    expect(toErrorBody(paramTooLong, 'r')).toMatchObject({ status: 400, body: { code: ErrorCode.VALIDATION_FAILED }, unexpected: false });
  });

  it('hides the message of anything unexpected and marks it for logging', () => {
    const reply = toErrorBody(new Error('password=hunter2 in connection string'), 'rid-9');
    expect(reply.status).toBe(500);
    expect(reply.unexpected).toBe(true);
    expect(reply.body.code).toBe(ErrorCode.INTERNAL_ERROR);
    expect(JSON.stringify(reply.body)).not.toContain('hunter2');
    expect(reply.body.details?.requestId).toBe('rid-9');
  });
});

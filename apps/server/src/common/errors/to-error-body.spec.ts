import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { ErrorCode, errorBodySchema } from '@livemall/shared';
import { rateLimited } from '../rate-limit/rate-limits';
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

  it('adds retry-after, in whole seconds rounded up, to a RATE_LIMITED that says how long', () => {
    const reply = toErrorBody(rateLimited(1200, 'Too many grabs'), 'rid-2');
    expect(reply).toMatchObject({ status: 429, headers: { 'retry-after': '2' }, body: { code: 'RATE_LIMITED', message: 'Too many grabs; try again in 2 s', details: { retryAfterSeconds: 2 } } });
    expect(toErrorBody(rateLimited(5, 'x'), 'r').headers).toEqual({ 'retry-after': '1' });
    expect(toErrorBody(new AppException(ErrorCode.RATE_LIMITED, 'no wait given'), 'r').headers).toBeUndefined();
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

  it('answers 503 SERVICE_UNAVAILABLE, not a 500, when PostgreSQL or Redis cannot be reached', () => {
    const cases: Array<[unknown, string]> = [
      [Object.assign(new Error('Reached the max retries per request limit (which is 2).'), { name: 'MaxRetriesPerRequestError' }), 'redis'],
      [new Error('Command timed out'), 'redis'],
      [new Error('Connection is closed.'), 'redis'],
      [Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }), 'database'],
      [new Error('Connection terminated unexpectedly'), 'database'],
      [new QueryRunnerProviderAlreadyReleasedError(), 'database'],
      [new QueryRunnerAlreadyReleasedError(), 'database'],
      [new Error('timeout exceeded when trying to connect'), 'database'],
      [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'unknown'],
    ];
    for (const [error, dependency] of cases) {
      const reply = toErrorBody(error, 'r');
      expect(reply).toMatchObject({ status: 503, unexpected: false, body: { code: ErrorCode.SERVICE_UNAVAILABLE, details: { dependency } } });
      expect(errorBodySchema.parse(reply.body)).toEqual(reply.body);
    }
    // A constraint violation is a bug or a race to handle, not an outage.
    expect(toErrorBody(Object.assign(new Error('duplicate key'), { code: '23505' }), 'r').status).toBe(500);
  });
});

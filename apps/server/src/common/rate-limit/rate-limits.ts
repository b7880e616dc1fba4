import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@livemall/shared';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig, RateRule } from '../../config/config';
import { AppException } from '../errors/app-exception';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter';

/** What a caller is counted by: logins come before anyone is known, so by address; the rest by user. */
export const RATE_SUBJECT: Record<RateRule, 'ip' | 'user'> = { login: 'ip', grab: 'user', claim: 'user', checkout: 'user', comment: 'user' };

const WHAT: Record<RateRule, string> = {
  login: 'Too many sign-in attempts from this address',
  grab: 'Too many grabs',
  claim: 'Too many coupon claims',
  checkout: 'Too many checkout requests',
  comment: 'You are commenting too fast',
};

/**
 * 429 RATE_LIMITED; `retryAfterSeconds` becomes the `retry-after` header (see to-error-body), so a client
 * or a proxy can wait exactly that long.
 */
export function rateLimited(retryAfterMs: number, what: string): AppException {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new AppException(ErrorCode.RATE_LIMITED, `${what}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

/** The configured limits over the deployment's limiter: one call per counted request. */
@Injectable()
export class RateLimits {
  constructor(
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one call of `rule` by `subject` (an IP address or a user id); throws RATE_LIMITED past the limit. */
  async check(rule: RateRule, subject: string): Promise<void> {
    const { limit, windowMs } = this.config.rateLimits[rule];
    const verdict = await this.limiter.hit(`${rule}:${subject}`, limit, windowMs);
    if (!verdict.allowed) throw rateLimited(verdict.retryAfterMs, WHAT[rule]);
  }
}

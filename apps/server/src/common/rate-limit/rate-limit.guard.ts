import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RateRule } from '../../config/config';
import { RATE_SUBJECT, RateLimits } from './rate-limits';

const RATE_RULE = 'livemall:rate-rule';

/**
 * Counts the route's calls under `rule`. A method guard runs after the global access guard, so the
 * caller is known for per-user rules, and before the body is parsed: refused calls cost no validation.
 */
export function RateLimit(rule: RateRule): MethodDecorator {
  return applyDecorators(SetMetadata(RATE_RULE, rule), UseGuards(RateLimitGuard));
}

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(private readonly limits: RateLimits) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = Reflect.getMetadata(RATE_RULE, ctx.getHandler()) as RateRule;
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const user = RATE_SUBJECT[rule] === 'user' ? req.authUser?.id : undefined;
    await this.limits.check(rule, user ?? req.ip);
    return true;
  }
}

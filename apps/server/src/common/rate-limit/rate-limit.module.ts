import { Global, Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../../config/config.tokens';
import { MemoryRateLimiter } from './memory-rate-limiter';
import { RATE_LIMITER } from './rate-limiter';
import { RateLimits } from './rate-limits';
import { RedisRateLimiter } from './redis-rate-limiter';

/** One limiter for the deployment: shared counts in Redis when configured, each instance its own without. */
@Global()
@Module({
  providers: [
    { provide: RATE_LIMITER, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? new RedisRateLimiter(redis) : new MemoryRateLimiter()) },
    RateLimits,
  ],
  exports: [RATE_LIMITER, RateLimits],
})
export class RateLimitModule {}

import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../../config/config.tokens';
import { OrdersModule } from '../orders/orders.module';
import { FlashSaleLifecycle } from './flash-sale-lifecycle';
import { FlashSaleTokens } from './flash-sale-tokens';
import { FlashSalesController } from './flash-sales.controller';
import { FlashSalesRepository } from './flash-sales.repository';
import { FlashSalesService } from './flash-sales.service';
import { FLASH_GATE } from './gate/flash-gate';
import { PostgresFlashGate } from './gate/postgres-flash-gate';
import { RedisFlashGate } from './gate/redis-flash-gate';
import { MerchantFlashSalesController } from './merchant-flash-sales.controller';
import { MerchantFlashSalesService } from './merchant-flash-sales.service';

@Module({
  imports: [OrdersModule],
  controllers: [FlashSalesController, MerchantFlashSalesController],
  providers: [
    FlashSalesRepository,
    FlashSaleTokens,
    {
      // Redis configured: the scale-out gate (a Lua script in front of PostgreSQL); otherwise PostgreSQL alone.
      provide: FLASH_GATE,
      inject: [REDIS, FlashSalesRepository],
      useFactory: (redis: Redis | null, sales: FlashSalesRepository) => (redis ? new RedisFlashGate(redis, sales) : new PostgresFlashGate(sales)),
    },
    FlashSalesService,
    MerchantFlashSalesService,
    FlashSaleLifecycle,
  ],
})
export class FlashSalesModule {}

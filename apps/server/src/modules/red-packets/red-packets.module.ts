import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { REDIS } from '../../config/config.tokens';
import { MerchantsModule } from '../merchants/merchants.module';
import { UsersModule } from '../users/users.module';
import { WalletModule } from '../wallet/wallet.module';
import { GRAB_STRATEGY } from './grab/grab-strategy';
import { GrabWriter } from './grab/grab-writer.repository';
import { PostgresGrabStrategy } from './grab/postgres-grab.strategy';
import { RedisGrabStrategy } from './grab/redis-grab.strategy';
import { MerchantRedPacketListService } from './merchant-red-packet-list.service';
import { MerchantRedPacketsController } from './merchant-red-packets.controller';
import { RedPacketCloser } from './red-packet-closer';
import { RedPacketLifecycle } from './red-packet-lifecycle';
import { RedPacketSummariesRepository } from './red-packet-summaries.repository';
import { RedPacketsController } from './red-packets.controller';
import { RedPacketsRepository } from './red-packets.repository';
import { RedPacketsService } from './red-packets.service';

@Module({
  imports: [WalletModule, MerchantsModule, UsersModule],
  controllers: [RedPacketsController, MerchantRedPacketsController],
  providers: [
    GrabWriter,
    {
      // Redis configured: the scale-out grab path; otherwise PostgreSQL alone.
      provide: GRAB_STRATEGY,
      inject: [REDIS, GrabWriter, DataSource],
      useFactory: (redis: Redis | null, writer: GrabWriter, db: DataSource) =>
        redis ? new RedisGrabStrategy(redis, writer, db) : new PostgresGrabStrategy(writer),
    },
    RedPacketsRepository,
    RedPacketSummariesRepository,
    MerchantRedPacketListService,
    RedPacketCloser,
    RedPacketsService,
    RedPacketLifecycle,
  ],
  exports: [RedPacketsService],
})
export class RedPacketsModule {}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { ResponseContractInterceptor } from './common/contract/response.interceptor';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import type { AppConfig } from './config/config';
import { APP_CONFIG, DATABASE_INFO, REDIS } from './config/config.tokens';
import { dataSourceOptions } from './database/data-source-options';
import type { DatabaseInfo } from './database/database-info';
import { AuthModule } from './modules/auth/auth.module';
import { DocsModule } from './modules/docs/docs.module';
import { HealthModule } from './modules/health/health.module';
import { LiveModule } from './modules/live/live.module';
import { MallModule } from './modules/mall/mall.module';
import { SeedModule } from './modules/seed/seed.module';
import { UsersModule } from './modules/users/users.module';
import { WalletModule } from './modules/wallet/wallet.module';
import { RedPacketsModule } from './modules/red-packets/red-packets.module';
import { EventsModule } from './common/events/events.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { JobsModule } from './jobs/jobs.module';
import { WebModule } from './modules/web/web.module';
import { StaffModule } from './modules/merchants/staff/staff.module';
import { CouponsModule } from './modules/coupons/coupons.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PaymentsModule } from './modules/payments/payments.module';
import { BargainsModule } from './modules/bargains/bargains.module';
import { ContentModule } from './modules/content/content.module';
import { ExperimentsModule } from './modules/experiments/experiments.module';
import { DashboardsModule } from './modules/dashboards/dashboards.module';
import { SupportModule } from './modules/support/support.module';
import { InvitesModule } from './modules/invites/invites.module';
import { GroupBuysModule } from './modules/group-buys/group-buys.module';
import { FlashSalesModule } from './modules/flash-sales/flash-sales.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { MembersModule } from './modules/members/members.module';
import { PointsModule } from './modules/points/points.module';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { StaffAuthModule } from './modules/staff-auth/staff-auth.module';

export interface AppDeps {
  config: AppConfig;
  database: DatabaseInfo;
  /** Null: run the PostgreSQL-only strategies. */
  redis: Redis | null;
}

@Global()
@Module({})
class CoreModule {
  static with(deps: AppDeps): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: DATABASE_INFO, useValue: deps.database },
      { provide: REDIS, useValue: deps.redis },
    ];
    return { module: CoreModule, providers, exports: providers.map((p) => p.provide) };
  }
}

@Module({})
export class AppModule {
  static with(deps: AppDeps): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.with(deps),
        TypeOrmModule.forRoot(dataSourceOptions(deps.database.url, { connectTimeoutMs: deps.config.dbConnectTimeoutMs })),
        WebModule,
        EventsModule,
        RateLimitModule,
        JobsModule,
        AuthModule,
        UsersModule,
        HealthModule,
        DocsModule,
        LiveModule,
        MallModule,
        SeedModule,
        WalletModule,
        RedPacketsModule,
        StaffModule,
        OrdersModule,
        PaymentsModule,
        BargainsModule,
        InvitesModule,
        GroupBuysModule,
        CouponsModule,
        FlashSalesModule,
        NotificationsModule,
        ExperimentsModule,
        MembersModule,
        PointsModule,
        DashboardsModule,
        ContentModule,
        SupportModule,
        AnalyticsModule,
        StaffAuthModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
      ],
    };
  }
}

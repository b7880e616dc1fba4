import { Module } from '@nestjs/common';
import { MerchantsModule } from '../merchants/merchants.module';
import { DashboardsController } from './dashboards.controller';
import { DashboardsService } from './dashboards.service';
import { RoomDashboardRepository } from './room-dashboard.repository';
import { ShopDashboardRepository } from './shop-dashboard.repository';

/** Read-only merchant dashboards over PostgreSQL: orders, comments, red packets, coupons and tracked events. */
@Module({
  imports: [MerchantsModule],
  controllers: [DashboardsController],
  providers: [DashboardsService, RoomDashboardRepository, ShopDashboardRepository],
})
export class DashboardsModule {}

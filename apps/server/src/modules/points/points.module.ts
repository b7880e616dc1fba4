import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { CheckinService } from './checkin.service';
import { PointsExpiryJob } from './points-expiry.job';
import { PointsLedgerModule } from './points-ledger.module';
import { PointsController } from './points.controller';
import { PointsService } from './points.service';
import { PurchasePointsListener } from './purchase-points.listener';
import { SharesService } from './shares.service';

/** Earning points (check-in, shares, completed orders), taking them back on refunds, expiry, and the rules. */
@Module({
  imports: [PointsLedgerModule, OrdersModule],
  controllers: [PointsController],
  providers: [PointsService, CheckinService, SharesService, PurchasePointsListener, PointsExpiryJob],
})
export class PointsModule {}

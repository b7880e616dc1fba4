import { Module } from '@nestjs/common';
import { OrdersModule } from '../orders/orders.module';
import { CheckinService } from './checkin.service';
import { PointsExpiryJob } from './points-expiry.job';
import { PointsLedgerModule } from './points-ledger.module';
import { PointsCheckout } from './points-checkout';
import { PointsController } from './points.controller';
import { PointsService } from './points.service';
import { PurchasePointsListener } from './purchase-points.listener';
import { SharesService } from './shares.service';

/** Earning points (check-in, shares, completed orders), paying with them at checkout, refunds, expiry, and the rules. */
@Module({
  imports: [PointsLedgerModule, OrdersModule],
  controllers: [PointsController],
  providers: [PointsService, CheckinService, SharesService, PurchasePointsListener, PointsExpiryJob, PointsCheckout],
})
export class PointsModule {}

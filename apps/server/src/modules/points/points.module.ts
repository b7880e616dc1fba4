import { Module } from '@nestjs/common';
import { RoomModule } from '../live/room/room.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrdersModule } from '../orders/orders.module';
import { CheckinService } from './checkin.service';
import { LiveActionPoints } from './live-action-points';
import { PointsExpiryWarnings } from './points-expiry-warnings';
import { PointsExpiryJob } from './points-expiry.job';
import { PointsLedgerModule } from './points-ledger.module';
import { PointsCheckout } from './points-checkout';
import { PointsController } from './points.controller';
import { PointsService } from './points.service';
import { PurchasePointsListener } from './purchase-points.listener';
import { SharesService } from './shares.service';

/** Earning points (check-in, shares, completed orders, live-room actions), paying with them at checkout, refunds, expiry, and the rules. */
@Module({
  imports: [PointsLedgerModule, OrdersModule, NotificationsModule, RoomModule],
  controllers: [PointsController],
  providers: [PointsService, CheckinService, SharesService, PurchasePointsListener, PointsExpiryJob, PointsExpiryWarnings, PointsCheckout, LiveActionPoints],
})
export class PointsModule {}

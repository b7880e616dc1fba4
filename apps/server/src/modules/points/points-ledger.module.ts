import { Module } from '@nestjs/common';
import { WalletModule } from '../wallet/wallet.module';
import { CheckinHooks } from './checkin-hooks';
import { PointLotsRepository } from './point-lots.repository';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';

/** The points balance and its lots, for every feature that credits or spends points (gifts, invites, points), and the check-in hooks. */
@Module({
  imports: [WalletModule],
  providers: [Points, PointLotsRepository, PointsRepository, PointsClock, CheckinHooks],
  exports: [Points, PointLotsRepository, PointsRepository, PointsClock, CheckinHooks, WalletModule],
})
export class PointsLedgerModule {}

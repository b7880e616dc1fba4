import { Module } from '@nestjs/common';
import { WalletModule } from '../wallet/wallet.module';
import { PointLotsRepository } from './point-lots.repository';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';

/** The points balance and its lots, for every feature that credits or spends points (gifts, invites, points). */
@Module({
  imports: [WalletModule],
  providers: [Points, PointLotsRepository, PointsRepository, PointsClock],
  exports: [Points, PointLotsRepository, PointsRepository, PointsClock, WalletModule],
})
export class PointsLedgerModule {}

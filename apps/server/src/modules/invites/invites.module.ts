import { Module } from '@nestjs/common';
import { CouponsModule } from '../coupons/coupons.module';
import { OrdersModule } from '../orders/orders.module';
import { PointsLedgerModule } from '../points/points-ledger.module';
import { WalletModule } from '../wallet/wallet.module';
import { InviteRewardListener } from './invite-reward.listener';
import { InvitesController } from './invites.controller';
import { InvitesRepository } from './invites.repository';
import { InvitesService } from './invites.service';

/** Invite codes, binding an inviter, and the inviter's points (and optional coupon) when the invitee's first order is paid. */
@Module({
  imports: [OrdersModule, WalletModule, CouponsModule, PointsLedgerModule],
  controllers: [InvitesController],
  providers: [InvitesRepository, InvitesService, InviteRewardListener],
})
export class InvitesModule {}

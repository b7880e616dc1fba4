import { Module } from '@nestjs/common';
import { PointsLedgerModule } from '../../points/points-ledger.module';
import { WalletModule } from '../../wallet/wallet.module';
import { RoomModule } from '../room/room.module';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';

@Module({
  imports: [WalletModule, PointsLedgerModule, RoomModule],
  controllers: [GiftsController],
  providers: [GiftsRepository, GiftsService],
})
export class GiftsModule {}

import { Module } from '@nestjs/common';
import { WalletModule } from '../../wallet/wallet.module';
import { RoomModule } from '../room/room.module';
import { GiftsController } from './gifts.controller';
import { GiftsRepository } from './gifts.repository';
import { GiftsService } from './gifts.service';
import { Points } from './points';

@Module({
  imports: [WalletModule, RoomModule],
  controllers: [GiftsController],
  providers: [GiftsRepository, GiftsService, Points],
})
export class GiftsModule {}

import { Module } from '@nestjs/common';
import { RoomModule } from '../room/room.module';
import { LotteryController } from './lottery.controller';
import { LotteryRepository } from './lottery.repository';
import { LotteryService } from './lottery.service';

@Module({
  imports: [RoomModule],
  controllers: [LotteryController],
  providers: [LotteryRepository, LotteryService],
})
export class LotteryModule {}

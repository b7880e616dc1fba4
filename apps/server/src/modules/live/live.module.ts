import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveRoomEntity } from './entities/live-room.entity';
import { LiveRoomsController } from './live-rooms.controller';
import { LiveRoomsRepository } from './live-rooms.repository';
import { LiveRoomsService } from './live-rooms.service';
import { GiftsModule } from './gifts/gifts.module';
import { HostModule } from './host/host.module';
import { LotteryModule } from './lottery/lottery.module';
import { RoomModule } from './room/room.module';

@Module({
  imports: [TypeOrmModule.forFeature([LiveRoomEntity]), RoomModule, GiftsModule, LotteryModule, HostModule],
  controllers: [LiveRoomsController],
  providers: [LiveRoomsRepository, LiveRoomsService],
})
export class LiveModule {}

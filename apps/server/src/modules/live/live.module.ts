import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveRoomEntity } from './entities/live-room.entity';
import { LiveRoomsController } from './live-rooms.controller';
import { LiveRoomsRepository } from './live-rooms.repository';
import { LiveRoomsService } from './live-rooms.service';
import { RoomModule } from './room/room.module';

@Module({
  imports: [TypeOrmModule.forFeature([LiveRoomEntity]), RoomModule],
  controllers: [LiveRoomsController],
  providers: [LiveRoomsRepository, LiveRoomsService],
})
export class LiveModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LiveRoomEntity } from './entities/live-room.entity';
import { LiveRoomsController } from './live-rooms.controller';
import { LiveRoomsRepository } from './live-rooms.repository';
import { LiveRoomsService } from './live-rooms.service';

@Module({
  imports: [TypeOrmModule.forFeature([LiveRoomEntity])],
  controllers: [LiveRoomsController],
  providers: [LiveRoomsRepository, LiveRoomsService],
})
export class LiveModule {}

import { Module } from '@nestjs/common';
import type Redis from 'ioredis';
import { REDIS } from '../../../config/config.tokens';
import { AuthModule } from '../../auth/auth.module';
import { StreamsModule } from '../streams/streams.module';
import { CommentsService } from './comments.service';
import { LikesService } from './likes.service';
import { LocalRoomBus } from './local-room-bus';
import { OnlineService } from './online.service';
import { ROOM_BUS } from './room-bus';
import { RoomController } from './room.controller';
import { RoomActivity } from './room-activity';
import { RoomFloor } from './room-floor';
import { RoomHub } from './room-hub';
import { RoomRepository } from './room.repository';
import { RoomService } from './room.service';
import { RedisRoomBus } from './redis-room-bus';
import { RoomSocketServer } from './room-socket-server';
import { ViewerLevels } from './viewer-levels';

@Module({
  imports: [AuthModule, StreamsModule],
  controllers: [RoomController],
  providers: [
    { provide: ROOM_BUS, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? RedisRoomBus.connect(redis) : new LocalRoomBus()) },
    RoomHub,
    RoomActivity,
    RoomFloor,
    RoomRepository,
    CommentsService,
    LikesService,
    OnlineService,
    RoomService,
    RoomSocketServer,
    ViewerLevels,
  ],
  exports: [RoomSocketServer, ROOM_BUS, RoomHub, RoomActivity, RoomService, RoomFloor, ViewerLevels],
})
export class RoomModule {}

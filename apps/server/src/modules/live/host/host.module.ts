import { Module } from '@nestjs/common';
import { NotificationsModule } from '../../notifications/notifications.module';
import { RoomModule } from '../room/room.module';
import { StreamsModule } from '../streams/streams.module';
import { HostRoomsController } from './host-rooms.controller';
import { HostRoomsRepository } from './host-rooms.repository';
import { HostRoomsService } from './host-rooms.service';
import { RemindersController } from './reminders.controller';
import { RemindersRepository } from './reminders.repository';
import { RemindersService } from './reminders.service';
import { RoomOwnership } from './room-ownership';
import { ScheduledPushRunner } from './scheduled-push-runner';
import { SchedulesController } from './schedules.controller';
import { SchedulesRepository } from './schedules.repository';
import { SchedulesService } from './schedules.service';

/** The merchant side of live rooms: create, start and end rooms, stream URLs, reminders, scheduled pushes. */
@Module({
  imports: [RoomModule, StreamsModule, NotificationsModule],
  controllers: [HostRoomsController, RemindersController, SchedulesController],
  providers: [
    HostRoomsRepository,
    RoomOwnership,
    HostRoomsService,
    RemindersRepository,
    RemindersService,
    SchedulesRepository,
    SchedulesService,
    ScheduledPushRunner,
  ],
})
export class HostModule {}

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Jobs } from '../../jobs/jobs';
import { Notifier } from './notifier';
import { RoomRemindersRepository } from './room-reminders.repository';

const QUEUE = 'room-live-notices';

/**
 * A room went live: everyone who set "remind me" on it is told, from a job (a popular room has many
 * reminders; the host's start request does not wait for them). A room goes live once, so the room id
 * is the event key; a rerun of the job tells nobody twice.
 */
@Injectable()
export class RoomLiveNotices implements OnApplicationBootstrap {
  private readonly log = new Logger('RoomLiveNotices');

  constructor(
    private readonly rooms: RoomRemindersRepository,
    private readonly notifier: Notifier,
    private readonly jobs: Jobs,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ roomId: string }>(QUEUE, ({ roomId }) => this.tell(roomId));
  }

  /** Called after the room's start committed. */
  async wentLive(roomId: string): Promise<void> {
    try {
      await this.jobs.schedule(QUEUE, { roomId }, new Date(), roomId);
    } catch (error) {
      this.log.error(`live notices of room ${roomId} not scheduled: ${String(error)}`);
    }
  }

  async tell(roomId: string): Promise<void> {
    const room = await this.rooms.room(roomId);
    if (!room || room.status === 'scheduled') return;
    for (const userId of await this.rooms.reminded(roomId)) {
      await this.notifier.notify(userId, 'room_live', `room_live:${roomId}`, { roomId, title: room.title, anchorName: room.anchorName });
    }
  }
}

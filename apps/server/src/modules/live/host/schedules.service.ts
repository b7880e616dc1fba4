import { Inject, Injectable } from '@nestjs/common';
import type { LiveSchedule, SchedulePushRequest } from '@livemall/shared';
import { CLOCK, type Clock } from '../../../common/clock/clock';
import { AppException } from '../../../common/errors/app-exception';
import { Jobs } from '../../../jobs/jobs';
import { roomErrors } from '../room/room.errors';
import { RoomService } from '../room/room.service';
import { hostErrors } from './host.errors';
import { RoomOwnership } from './room-ownership';
import { SchedulesRepository } from './schedules.repository';

export const SCHEDULED_PUSH_QUEUE = 'live-scheduled-push';
/** How far ahead a push may be set. */
export const SCHEDULE_AHEAD_MAX_DAYS = 30;

/**
 * Goods pushes set ahead of time. Each is a row (the truth) and a pg-boss job (the alarm clock) keyed by
 * the row's id; the job may run more than once or on several instances, the push happens once.
 */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly schedules: SchedulesRepository,
    private readonly ownership: RoomOwnership,
    private readonly room: RoomService,
    private readonly jobs: Jobs,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(userId: string, roomId: string, body: SchedulePushRequest): Promise<LiveSchedule> {
    const room = await this.ownership.floorRoom(userId, roomId);
    if (room.status === 'ended') throw hostErrors.ended();
    const at = new Date(body.at);
    const now = this.clock.now().getTime();
    if (at.getTime() <= now || at.getTime() > now + SCHEDULE_AHEAD_MAX_DAYS * 86_400_000) throw hostErrors.scheduleTime(SCHEDULE_AHEAD_MAX_DAYS);
    if (!(await this.schedules.shelvedGoods(body.goodsId, room.merchantId))) throw roomErrors.goodsNotFound();
    const id = await this.schedules.insert({ roomId, goodsId: body.goodsId, at, pin: body.pin });
    if (!id) throw hostErrors.ended();
    try {
      await this.jobs.schedule(SCHEDULED_PUSH_QUEUE, { scheduleId: id }, at, id);
    } catch (error) {
      // Without its job the push would never run: take it back rather than leave it pending forever.
      await this.schedules.cancel(id);
      throw error;
    }
    return this.found(id);
  }

  async ofRoom(userId: string, roomId: string): Promise<{ items: LiveSchedule[] }> {
    await this.ownership.floorRoom(userId, roomId);
    return { items: await this.schedules.ofRoom(roomId) };
  }

  async cancel(userId: string, id: string): Promise<LiveSchedule> {
    const schedule = await this.schedules.find(id);
    if (!schedule) throw hostErrors.scheduleNotFound();
    await this.ownership.floorRoom(userId, schedule.roomId).catch((error: unknown) => {
      // Someone else's schedule answers as if it did not exist.
      throw error instanceof AppException && error.code === 'ROOM_NOT_FOUND' ? hostErrors.scheduleNotFound() : error;
    });
    if (!(await this.schedules.cancel(id))) throw hostErrors.scheduleDone((await this.found(id)).status);
    return this.found(id);
  }

  /** The job's handler: safe to run any number of times, anywhere. */
  async run(scheduleId: string): Promise<boolean> {
    const due = await this.schedules.claim(scheduleId);
    if (!due) return false;
    await this.room.showGoods(due.roomId, due.goods, due.pin);
    return true;
  }

  /** Re-sends the job of every pending push; an overdue one runs at once. Duplicates are harmless. */
  async rearm(): Promise<number> {
    const pending = await this.schedules.pending();
    for (const s of pending) await this.jobs.schedule(SCHEDULED_PUSH_QUEUE, { scheduleId: s.id }, s.at, s.id);
    return pending.length;
  }

  private async found(id: string): Promise<LiveSchedule> {
    const schedule = await this.schedules.find(id);
    if (!schedule) throw hostErrors.scheduleNotFound();
    const { merchantId: _merchantId, ...rest } = schedule;
    return rest;
  }
}

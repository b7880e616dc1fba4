import { Injectable } from '@nestjs/common';
import type { Reminder } from '@livemall/shared';
import { roomErrors } from '../room/room.errors';
import { hostErrors } from './host.errors';
import { RemindersRepository } from './reminders.repository';

/** "Remind me when it starts": idempotent both ways; the reminder itself comes with notifications. */
@Injectable()
export class RemindersService {
  constructor(private readonly reminders: RemindersRepository) {}

  async remind(userId: string, roomId: string): Promise<Reminder> {
    const status = await this.reminders.roomStatus(roomId);
    if (!status) throw roomErrors.notFound();
    if (status === 'ended') throw hostErrors.ended();
    await this.reminders.add(roomId, userId);
    return { roomId, reminded: true };
  }

  async cancel(userId: string, roomId: string): Promise<Reminder> {
    if (!(await this.reminders.roomStatus(roomId))) throw roomErrors.notFound();
    await this.reminders.remove(roomId, userId);
    return { roomId, reminded: false };
  }

  async mine(userId: string): Promise<{ roomIds: string[] }> {
    return { roomIds: await this.reminders.upcomingOf(userId) };
  }
}

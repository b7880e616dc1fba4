import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type CheckinListener = (m: EntityManager, userId: string, day: string) => Promise<void>;

/**
 * Lets other features react to a fresh daily check-in without points depending on them (members adds
 * activity growth). Listeners run inside the check-in's transaction, once per user and China day; a
 * failing listener fails the check-in, so they must be idempotent and cheap.
 */
@Injectable()
export class CheckinHooks {
  private readonly listeners: CheckinListener[] = [];

  listen(listener: CheckinListener): void {
    this.listeners.push(listener);
  }

  async checkedIn(m: EntityManager, userId: string, day: string): Promise<void> {
    for (const l of this.listeners) await l(m, userId, day);
  }
}

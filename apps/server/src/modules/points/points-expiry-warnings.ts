import { Injectable } from '@nestjs/common';
import { Notifier } from '../notifications/notifier';
import { PointLotsRepository } from './point-lots.repository';
import { PointsClock } from './points-clock';
import { chinaDate } from './points-rules';

/** How far ahead a user is told that points are about to expire. */
export const EXPIRY_WARNING_DAYS = 7;

/**
 * Tells each user whose points expire within the next week, once per first expiry date: the notice's
 * event key carries that date, so the daily run (or two instances running it) tells them once.
 */
@Injectable()
export class PointsExpiryWarnings {
  constructor(
    private readonly lots: PointLotsRepository,
    private readonly clock: PointsClock,
    private readonly notifier: Notifier,
  ) {}

  /** Returns how many users were told (or told again: the notifier keeps it to once per event). */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
    const due = await this.lots.expiringBetween(now, until);
    for (const d of due) await this.notifier.notifyPointsExpiring(d.userId, d.amount, chinaDate(d.firstExpiry));
    return due.length;
  }
}

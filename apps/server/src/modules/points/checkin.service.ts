import { Injectable } from '@nestjs/common';
import type { CheckinResult, CheckinState, PointsRules } from '@livemall/shared';
import { WalletRepository } from '../wallet/wallet.repository';
import { CheckinHooks } from './checkin-hooks';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';
import { checkinPoints, chinaDate, dayBefore } from './points-rules';

/**
 * The daily check-in (China days). The row `(user, day)` makes it once a day: of two at the same moment one
 * inserts and earns (ledger key `checkin:<user>:<day>`), the other waits for it and answers with the same
 * day, `fresh: false`. A fresh check-in also runs the `CheckinHooks` in its transaction. The streak is yesterday's plus one, else 1.
 */
@Injectable()
export class CheckinService {
  constructor(
    private readonly repo: PointsRepository,
    private readonly points: Points,
    private readonly wallets: WalletRepository,
    private readonly clock: PointsClock,
    private readonly hooks: CheckinHooks,
  ) {}

  async checkin(userId: string): Promise<CheckinResult> {
    const day = chinaDate(this.clock.now());
    return this.repo.transaction(async (m) => {
      const rules = await this.repo.rules(m);
      const yesterday = await this.repo.checkin(userId, dayBefore(day), m);
      const streak = (yesterday?.streak ?? 0) + 1;
      const mine = await this.repo.insertCheckin(m, userId, { day, streak, points: checkinPoints(streak, rules) });
      if (mine) {
        await this.points.credit(m, userId, { amount: mine.points, reason: 'checkin', reference: day, key: `checkin:${userId}:${day}` });
        await this.hooks.checkedIn(m, userId, day);
      } else await this.points.open(m, userId);
      const row = mine ?? (await this.repo.checkin(userId, day, m));
      if (!row) throw new Error(`check-in of ${userId} on ${day} vanished`);
      return { date: day, fresh: mine !== null, points: row.points, streak: row.streak, balance: await this.wallets.balanceOf('points', userId, m) };
    });
  }

  /** Today's state for the summary. */
  async state(userId: string, rules: PointsRules): Promise<CheckinState> {
    const day = chinaDate(this.clock.now());
    const today = await this.repo.checkin(userId, day);
    if (today) return { checkedInToday: true, streak: today.streak, nextPoints: 0 };
    const streak = (await this.repo.checkin(userId, dayBefore(day)))?.streak ?? 0;
    return { checkedInToday: false, streak, nextPoints: checkinPoints(streak + 1, rules) };
  }
}

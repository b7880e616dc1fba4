import { Injectable } from '@nestjs/common';
import type { PageQuery, PointsHistoryEntry, PointsRules, PointsSummary } from '@livemall/shared';
import { invalidCursor } from '../../common/paging/cursor';
import { CheckinService } from './checkin.service';
import { PointLotsRepository } from './point-lots.repository';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';

/** "Soon", for the summary's expiring points. */
const EXPIRING_WINDOW_MS = 30 * 86_400_000;

/** What a user reads of their points, and the platform's rules. */
@Injectable()
export class PointsService {
  constructor(
    private readonly repo: PointsRepository,
    private readonly lots: PointLotsRepository,
    private readonly points: Points,
    private readonly checkins: CheckinService,
    private readonly clock: PointsClock,
  ) {}

  async summary(userId: string): Promise<PointsSummary> {
    const balance = await this.points.balance(userId);
    const rules = await this.repo.rules();
    const now = this.clock.now();
    const soon = await this.lots.expiring(userId, now, new Date(now.getTime() + EXPIRING_WINDOW_MS));
    return {
      balance,
      expiringSoon: soon.points > 0 && soon.firstAt ? { points: soon.points, firstAt: soon.firstAt.toISOString() } : null,
      checkin: await this.checkins.state(userId, rules),
      rules,
    };
  }

  async history(userId: string, query: PageQuery): Promise<{ items: PointsHistoryEntry[]; nextCursor: string | null }> {
    // The cursor is the last entry's id. Anything else is refused before the read below changes anything
    // (it used to be ignored: a garbled cursor gave the first page again).
    if (query.cursor !== undefined && !/^\d{1,18}$/.test(query.cursor)) throw invalidCursor();
    const beforeId = query.cursor;
    await this.points.balance(userId); // opens the wallet (welcome points) and books overdue expiry first
    const rows = await this.repo.history(userId, beforeId, query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      items: page.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      nextCursor: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }

  /** One set for the platform: who may read or change it is the route's role check (merchants read, the admin sets). */
  rules(): Promise<PointsRules> {
    return this.repo.rules();
  }

  /** Earnings from now on use the new rules; lots already earned keep their expiry date. */
  async updateRules(rules: PointsRules): Promise<PointsRules> {
    await this.repo.saveRules(rules);
    return this.repo.rules();
  }
}

import { Injectable } from '@nestjs/common';
import type { Bargain, BargainActivity, PageQuery } from '@livemall/shared';
import type { RandomSource } from '@livemall/split';
import { cryptoSource } from '@livemall/split/node';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { bargainCuts } from './bargain-cuts';
import { BargainActivitiesRepository } from './bargain-activities.repository';
import { activityStatus, toActivity } from './bargain.mapper';
import { BargainViews } from './bargain-views';
import { BargainsRepository } from './bargains.repository';
import { bargainErrors } from './bargains.errors';

const cursorSchema = z.object({ q: z.number().int().nonnegative() });

/** Starting and reading bargains. Expiry is checked on every call: a bargain past its time reads as expired. */
@Injectable()
export class BargainsService {
  /** The cuts nobody needs to reproduce: drawn from the operating system's CSPRNG. */
  private readonly rng: RandomSource = cryptoSource();

  constructor(
    private readonly activities: BargainActivitiesRepository,
    private readonly bargains: BargainsRepository,
    private readonly views: BargainViews,
  ) {}

  async activity(id: string): Promise<BargainActivity> {
    const a = await this.activities.find(id);
    if (!a) throw bargainErrors.activityNotFound();
    return toActivity(a, new Date());
  }

  /**
   * The caller's bargain on the activity: the live one if there is one (starting twice, even at once,
   * gives one bargain), else a new one with its cuts split now, so the floor is reached at the last helper.
   */
  async start(userId: string, activityId: string): Promise<Bargain> {
    const a = await this.activities.find(activityId);
    if (!a) throw bargainErrors.activityNotFound();
    await this.bargains.expireDue({ userId });
    const live = await this.bargains.liveOf(activityId, userId);
    if (live) return this.views.one(live.id, userId);
    const status = activityStatus(a, new Date());
    if (status !== 'active') throw bargainErrors.activityClosed(status);
    const cuts = bargainCuts(a.originalPriceFen, a.floorPriceFen, a.helpersNeeded, this.rng);
    const expiresAt = new Date(Date.now() + a.timeLimitMinutes * 60_000);
    const id = await this.bargains.transaction((m) =>
      this.bargains.insert(m, { activityId, userId, originalPriceFen: a.originalPriceFen, floorPriceFen: a.floorPriceFen, expiresAt }, cuts),
    );
    const winner = id ?? (await this.bargains.liveOf(activityId, userId))?.id;
    if (!winner) throw bargainErrors.notFound();
    return this.views.one(winner, userId);
  }

  async get(id: string, viewerId: string | undefined): Promise<Bargain> {
    await this.bargains.expireDue({ id });
    return this.views.one(id, viewerId);
  }

  async mine(userId: string, query: PageQuery): Promise<{ items: Bargain[]; nextCursor: string | null }> {
    await this.bargains.expireDue({ userId });
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.bargains.ofUser(userId, after?.q, query.limit + 1);
    const page = pageFrom(rows, query.limit, (b) => ({ q: b.seq }));
    return { items: await this.views.many(page.items, userId), nextCursor: page.nextCursor };
  }
}

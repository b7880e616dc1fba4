import { Injectable } from '@nestjs/common';
import type { Bargain } from '@livemall/shared';
import { BargainActivitiesRepository } from './bargain-activities.repository';
import { toBargain } from './bargain.mapper';
import { type BargainRow, BargainsRepository } from './bargains.repository';
import { bargainErrors } from './bargains.errors';

/** Bargains as the API shows them: the row, its activity and its helpers, read together. */
@Injectable()
export class BargainViews {
  constructor(
    private readonly bargains: BargainsRepository,
    private readonly activities: BargainActivitiesRepository,
  ) {}

  async one(id: string, viewerId: string | undefined): Promise<Bargain> {
    const row = await this.bargains.find(id);
    if (!row) throw bargainErrors.notFound();
    const [view] = await this.many([row], viewerId);
    return view!;
  }

  async many(rows: readonly BargainRow[], viewerId: string | undefined): Promise<Bargain[]> {
    const [activities, helps] = await Promise.all([
      this.activities.findMany([...new Set(rows.map((r) => r.activityId))]),
      this.bargains.helpsOf(rows.map((r) => r.id)),
    ]);
    const now = new Date();
    return rows.map((r) => toBargain(r, activities.get(r.activityId)!, helps.filter((h) => h.bargainId === r.id), viewerId, now));
  }
}

import type { BargainActivityFigures } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The console's figures per activity, counted in one statement. A bargain past its expiry that nobody
 * bought counts as expired even before the expiry sweep marks it (the same rule the share page applies).
 */
@Injectable()
export class BargainFiguresRepository {
  constructor(private readonly db: DataSource) {}

  /** Only the merchant's own activities among `ids`; one with no bargain yet answers zeros. */
  async ofActivities(merchantId: string, ids: readonly string[]): Promise<BargainActivityFigures[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.id AS activity_id,
              count(b.id)::int AS started,
              count(b.id) FILTER (WHERE b.helpers_done = b.helpers_needed)::int AS floor_reached,
              count(b.id) FILTER (WHERE b.status = 'ordered')::int AS ordered,
              count(b.id) FILTER (WHERE b.status = 'expired' OR (b.status <> 'ordered' AND b.expires_at <= now()))::int AS expired
         FROM bargain_activities a
         LEFT JOIN bargains b ON b.activity_id = a.id
        WHERE a.merchant_id = $1 AND a.id = ANY($2::uuid[])
        GROUP BY a.id, a.seq
        ORDER BY a.seq DESC`,
      [merchantId, ids],
    );
    return rows.map((r) => ({
      activityId: r.activity_id as string,
      started: Number(r.started),
      floorReached: Number(r.floor_reached),
      ordered: Number(r.ordered),
      expired: Number(r.expired),
    }));
  }
}

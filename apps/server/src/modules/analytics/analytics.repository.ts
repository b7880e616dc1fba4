import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EventRow } from './event-row';

/** Column order of the INSERT, with each column's array type for `unnest`. */
const COLUMNS: Array<[keyof EventRow, string, string]> = [
  ['userId', 'user_id', 'uuid'],
  ['id', 'id', 'uuid'],
  ['sessionId', 'session_id', 'varchar'],
  ['type', 'type', 'varchar'],
  ['path', 'path', 'varchar'],
  ['target', 'target', 'varchar'],
  ['targetId', 'target_id', 'uuid'],
  ['roomId', 'room_id', 'uuid'],
  ['goodsId', 'goods_id', 'uuid'],
  ['skuId', 'sku_id', 'uuid'],
  ['orderId', 'order_id', 'uuid'],
  ['value', 'value', 'int'],
  ['occurredAt', 'occurred_at', 'timestamptz'],
];

// One parameter per column whatever the batch size: the statement text never changes, so PostgreSQL
// plans it like any other and there is no 65,535-parameter ceiling. Rows go in key order, so two
// overlapping batches inserting at once (a re-send racing its original) wait on each other instead of
// deadlocking.
const INSERT = `WITH stored AS (INSERT INTO analytics_events (${COLUMNS.map((c) => c[1]).join(', ')})
  SELECT * FROM unnest(${COLUMNS.map((c, i) => `$${i + 1}::${c[2]}[]`).join(', ')}) AS t(${COLUMNS.map((c) => c[1]).join(', ')})
  ORDER BY user_id, id
  ON CONFLICT (user_id, id) DO NOTHING RETURNING 1)
  SELECT count(*)::int AS n FROM stored`;

/** The append-only `analytics_events` table: batches go in, nothing is updated or deleted. */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly db: DataSource) {}

  /** Stores the rows in one statement; a row whose (user, id) is already there is skipped. Returns rows stored. */
  async insertBatch(rows: EventRow[]): Promise<number> {
    if (!rows.length) return 0;
    const params = COLUMNS.map(([key]) => rows.map((r) => r[key]));
    const [row] = (await this.db.query(INSERT, params)) as Array<{ n: number }>;
    return row?.n ?? 0;
  }
}

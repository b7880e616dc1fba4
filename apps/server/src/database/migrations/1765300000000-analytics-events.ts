import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tracked events: append-only (never updated, never deleted by the app), keyed by the client's event id
 * within its user so a re-sent batch is stored once. No foreign keys: ingest must stay one multi-row
 * INSERT, and an event about goods deleted later is still history. BRIN on time keeps the index tiny for
 * a table that only grows in time order; the partial B-trees serve the per-room and per-target dashboards.
 */
export class AnalyticsEvents1765300000000 implements MigrationInterface {
  name = 'AnalyticsEvents1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "analytics_events" ("user_id" uuid NOT NULL, "id" uuid NOT NULL, "session_id" character varying(64) NOT NULL, "type" character varying(16) NOT NULL, "path" character varying(200), "target" character varying(16), "target_id" uuid, "room_id" uuid, "goods_id" uuid, "sku_id" uuid, "order_id" uuid, "value" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "analytics_events_pkey" PRIMARY KEY ("user_id", "id"))`);
    await q.query(`CREATE INDEX "analytics_events_occurred_brin" ON "analytics_events" USING brin ("occurred_at")`);
    await q.query(`CREATE INDEX "analytics_events_room_idx" ON "analytics_events" ("room_id", "occurred_at") WHERE room_id IS NOT NULL`);
    await q.query(`CREATE INDEX "analytics_events_target_idx" ON "analytics_events" ("target_id", "occurred_at") WHERE target_id IS NOT NULL`);
    await q.query(`CREATE INDEX "analytics_events_goods_idx" ON "analytics_events" ("goods_id", "occurred_at") WHERE goods_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "analytics_events"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The merchant side of live rooms: viewers' start reminders (one row per viewer and room, so asking twice
 * is a no-op) and goods pushes scheduled ahead (`live_schedules`), whose status only leaves `pending`
 * once — the conditional UPDATE on it is what makes a scheduled push happen exactly once.
 */
export class LiveHost1763910000000 implements MigrationInterface {
  name = 'LiveHost1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "live_room_reminders" ("room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_room_reminders_pkey" PRIMARY KEY ("room_id", "user_id"))`);
    await q.query(`CREATE INDEX "live_room_reminders_user_id_idx" ON "live_room_reminders" ("user_id")`);
    await q.query(`CREATE TABLE "live_schedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "pin" boolean NOT NULL DEFAULT true, "status" character varying(16) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "pushed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "live_schedules_status_check" CHECK ("status" IN ('pending', 'pushed', 'cancelled')), CONSTRAINT "live_schedules_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "live_schedules_goods_id_idx" ON "live_schedules" ("goods_id")`);
    await q.query(`CREATE INDEX "live_schedules_room_id_at_idx" ON "live_schedules" ("room_id", "at")`);
    await q.query(`CREATE INDEX "live_schedules_status_at_idx" ON "live_schedules" ("status", "at")`);
    await q.query(`ALTER TABLE "live_room_reminders" ADD CONSTRAINT "live_room_reminders_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_room_reminders" ADD CONSTRAINT "live_room_reminders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_schedules" ADD CONSTRAINT "live_schedules_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_schedules" ADD CONSTRAINT "live_schedules_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "live_schedules"`);
    await q.query(`DROP TABLE "live_room_reminders"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live room's own data: comments as the room saw them (written in batches, for moderation and
 * analytics), mutes, and on the room its like total, pinned goods card and start/end times.
 */
export class LiveRoom1763900000000 implements MigrationInterface {
  name = 'LiveRoom1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "live_comments" ("id" uuid NOT NULL, "room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "nickname" character varying(64) NOT NULL, "text" character varying(100) NOT NULL, "masked" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "live_comments_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "live_comments_user_id_idx" ON "live_comments" ("user_id")`);
    await q.query(`CREATE INDEX "live_comments_room_id_created_at_idx" ON "live_comments" ("room_id", "created_at")`);
    await q.query(`CREATE TABLE "live_room_mutes" ("room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_room_mutes_pkey" PRIMARY KEY ("room_id", "user_id"))`);
    await q.query(`ALTER TABLE "live_rooms" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "live_rooms" ADD "ended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "live_rooms" ADD "likes" bigint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "live_rooms" ADD "pinned_goods_id" uuid`);
    await q.query(`ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_pinned_goods_id_fkey" FOREIGN KEY ("pinned_goods_id") REFERENCES "goods"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_comments" ADD CONSTRAINT "live_comments_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_room_mutes" ADD CONSTRAINT "live_room_mutes_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "live_room_mutes"`);
    await q.query(`DROP TABLE "live_comments"`);
    await q.query(`ALTER TABLE "live_rooms" DROP CONSTRAINT "live_rooms_pinned_goods_id_fkey"`);
    await q.query(`ALTER TABLE "live_rooms" DROP COLUMN "pinned_goods_id"`);
    await q.query(`ALTER TABLE "live_rooms" DROP COLUMN "likes"`);
    await q.query(`ALTER TABLE "live_rooms" DROP COLUMN "ended_at"`);
    await q.query(`ALTER TABLE "live_rooms" DROP COLUMN "started_at"`);
  }
}

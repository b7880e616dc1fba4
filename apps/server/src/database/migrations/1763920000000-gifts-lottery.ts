import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Gifts (the money or points moved are in the ledger; this is what the room saw), lotteries with their
 * entrants, and bans (a mute that also keeps the viewer out of the room).
 */
export class GiftsLottery1763920000000 implements MigrationInterface {
  name = 'GiftsLottery1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "live_gifts" ("id" uuid NOT NULL, "room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "gift_id" character varying(16) NOT NULL, "pay_with" character varying(8) NOT NULL, "price" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_gifts_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "live_gifts_user_id_idx" ON "live_gifts" ("user_id")`);
    await q.query(`CREATE INDEX "live_gifts_room_id_created_at_idx" ON "live_gifts" ("room_id", "created_at")`);
    await q.query(`CREATE TABLE "live_lotteries" ("id" uuid NOT NULL, "room_id" uuid NOT NULL, "prize" character varying(60) NOT NULL, "winner_count" integer NOT NULL, "kind" character varying(8) NOT NULL, "keyword" character varying(20), "status" character varying(8) NOT NULL DEFAULT 'open', "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "seed" character varying(64) NOT NULL, "commitment" character varying(64) NOT NULL, "winners" jsonb NOT NULL DEFAULT '[]', "entrant_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "drawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "live_lotteries_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "live_lotteries_room_id_idx" ON "live_lotteries" ("room_id")`);
    await q.query(`CREATE TABLE "live_lottery_entries" ("lottery_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_lottery_entries_pkey" PRIMARY KEY ("lottery_id", "user_id"))`);
    await q.query(`ALTER TABLE "live_room_mutes" ADD "banned" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "live_gifts" ADD CONSTRAINT "live_gifts_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_lotteries" ADD CONSTRAINT "live_lotteries_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_lottery_entries" ADD CONSTRAINT "live_lottery_entries_lottery_id_fkey" FOREIGN KEY ("lottery_id") REFERENCES "live_lotteries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "live_lottery_entries"`);
    await q.query(`DROP TABLE "live_lotteries"`);
    await q.query(`DROP TABLE "live_gifts"`);
    await q.query(`ALTER TABLE "live_room_mutes" DROP COLUMN "banned"`);
  }
}

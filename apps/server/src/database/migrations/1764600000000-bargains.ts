import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bargains (砍价): a merchant's activity on one SKU, each user's bargain with its pre-split cuts, and the
 * helpers' cuts. The unique keys (one help per user per bargain, one per share, one live bargain per user
 * per activity) and the CHECKs (never below the floor, never more helps than shares) hold whatever the
 * code above does.
 */
export class Bargains1764600000000 implements MigrationInterface {
  name = 'Bargains1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "bargain_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "merchant_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "goods_title" character varying(120) NOT NULL, "cover_url" character varying(512), "spec_text" character varying(200) NOT NULL, "original_price_fen" bigint NOT NULL, "floor_price_fen" bigint NOT NULL, "helpers_needed" integer NOT NULL, "time_limit_minutes" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stopped_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bargain_activities_helpers_needed_check" CHECK ("helpers_needed" BETWEEN 1 AND 50), CONSTRAINT "bargain_activities_price_check" CHECK ("floor_price_fen" > 0 AND "original_price_fen" - "floor_price_fen" >= "helpers_needed"), CONSTRAINT "bargain_activities_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "bargain_activities_seq_key" ON "bargain_activities"("seq")`);
    await q.query(`CREATE INDEX "bargain_activities_merchant_id_seq_idx" ON "bargain_activities"("merchant_id", "seq")`);
    await q.query(`CREATE TABLE "bargains" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "activity_id" uuid NOT NULL, "user_id" uuid NOT NULL, "original_price_fen" bigint NOT NULL, "floor_price_fen" bigint NOT NULL, "current_price_fen" bigint NOT NULL, "helpers_needed" integer NOT NULL, "helpers_done" integer NOT NULL DEFAULT '0', "status" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bargains_progress_check" CHECK ("helpers_done" BETWEEN 0 AND "helpers_needed" AND "current_price_fen" >= "floor_price_fen" AND "current_price_fen" <= "original_price_fen"), CONSTRAINT "bargains_status_check" CHECK ("status" IN ('open', 'floor_reached', 'ordered', 'expired')), CONSTRAINT "bargains_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "bargains_seq_key" ON "bargains"("seq")`);
    await q.query(`CREATE INDEX "bargains_user_id_seq_idx" ON "bargains"("user_id", "seq")`);
    await q.query(`CREATE UNIQUE INDEX "bargains_activity_user_live_key" ON "bargains"("activity_id", "user_id") WHERE "status" <> 'expired'`);
    await q.query(`CREATE TABLE "bargain_helps" ("id" BIGSERIAL NOT NULL, "bargain_id" uuid NOT NULL, "user_id" uuid NOT NULL, "nickname" character varying(64) NOT NULL, "avatar_url" character varying(512), "cut_fen" bigint NOT NULL, "seq" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bargain_helps_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "bargain_helps_user_id_idx" ON "bargain_helps"("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "bargain_helps_bargain_seq_key" ON "bargain_helps"("bargain_id", "seq")`);
    await q.query(`CREATE UNIQUE INDEX "bargain_helps_bargain_user_key" ON "bargain_helps"("bargain_id", "user_id")`);
    await q.query(`CREATE TABLE "bargain_shares" ("bargain_id" uuid NOT NULL, "seq" integer NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "bargain_shares_amount_check" CHECK ("amount" > 0), CONSTRAINT "bargain_shares_pkey" PRIMARY KEY ("bargain_id", "seq"))`);
    await q.query(`ALTER TABLE "bargain_activities" ADD CONSTRAINT "bargain_activities_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargain_activities" ADD CONSTRAINT "bargain_activities_sku_id_fkey" FOREIGN KEY ("sku_id") REFERENCES "goods_skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargains" ADD CONSTRAINT "bargains_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "bargain_activities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargains" ADD CONSTRAINT "bargains_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargain_helps" ADD CONSTRAINT "bargain_helps_bargain_id_fkey" FOREIGN KEY ("bargain_id") REFERENCES "bargains"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargain_helps" ADD CONSTRAINT "bargain_helps_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "bargain_shares" ADD CONSTRAINT "bargain_shares_bargain_id_fkey" FOREIGN KEY ("bargain_id") REFERENCES "bargains"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "bargain_helps"`);
    await q.query(`DROP TABLE "bargain_shares"`);
    await q.query(`DROP TABLE "bargains"`);
    await q.query(`DROP TABLE "bargain_activities"`);
  }
}

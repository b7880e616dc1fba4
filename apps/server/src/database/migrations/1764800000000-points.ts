import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Points that expire: lots (one per credit, spent oldest-expiry first), the platform's rules, daily
 * check-ins, share caps, what each completed order earned and what each order paid in points. Points already held become one lot per user
 * expiring 12 months from now (the default rules), so lots and balances agree from the start.
 */
export class Points1764800000000 implements MigrationInterface {
  name = 'Points1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "point_lots" ("id" BIGSERIAL NOT NULL, "user_id" uuid NOT NULL, "amount" integer NOT NULL, "remaining" integer NOT NULL, "earned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source_key" character varying(128) NOT NULL, CONSTRAINT "point_lots_amounts_check" CHECK ("amount" > 0 AND "remaining" >= 0 AND "remaining" <= "amount"), CONSTRAINT "point_lots_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "point_lots_source_key_key" ON "point_lots"("source_key")`);
    await q.query(`CREATE INDEX "point_lots_user_id_expires_at_idx" ON "point_lots"("user_id", "expires_at", "id")`);
    await q.query(`CREATE INDEX "point_lots_expires_at_idx" ON "point_lots"("expires_at")`);
    await q.query(`CREATE TABLE "points_rules" ("id" smallint NOT NULL, "rules" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "points_rules_single_row_check" CHECK ("id" = 1), CONSTRAINT "points_rules_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "point_checkins" ("user_id" uuid NOT NULL, "day" date NOT NULL, "streak" integer NOT NULL, "points" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "point_checkins_pkey" PRIMARY KEY ("user_id", "day"))`);
    await q.query(`CREATE TABLE "point_share_days" ("user_id" uuid NOT NULL, "day" date NOT NULL, "points" integer NOT NULL DEFAULT '0', "shares" integer NOT NULL DEFAULT '0', CONSTRAINT "point_share_days_points_check" CHECK ("points" >= 0 AND "shares" >= 0), CONSTRAINT "point_share_days_pkey" PRIMARY KEY ("user_id", "day"))`);
    await q.query(`CREATE TABLE "point_order_earnings" ("order_id" uuid NOT NULL, "user_id" uuid NOT NULL, "paid_fen" bigint NOT NULL, "points" integer NOT NULL, "refunded_fen" bigint NOT NULL DEFAULT '0', "clawed_back" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "point_order_earnings_amounts_check" CHECK ("points" >= 0 AND "clawed_back" >= 0 AND "clawed_back" <= "points"), CONSTRAINT "point_order_earnings_pkey" PRIMARY KEY ("order_id"))`);
    await q.query(`CREATE TABLE "point_order_deductions" ("order_id" uuid NOT NULL, "user_id" uuid NOT NULL, "points" integer NOT NULL, "fen" bigint NOT NULL, "returned" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "point_order_deductions_amounts_check" CHECK ("points" > 0 AND "returned" >= 0 AND "returned" <= "points"), CONSTRAINT "point_order_deductions_pkey" PRIMARY KEY ("order_id"))`);
    await q.query(
      `INSERT INTO "point_lots" ("user_id", "amount", "remaining", "earned_at", "expires_at", "source_key")
       SELECT "owner_id", "balance", "balance", now(), now() + interval '12 months', 'migrated:' || "id" FROM "wallets" WHERE "owner_type" = 'points' AND "balance" > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "point_order_deductions"`);
    await q.query(`DROP TABLE "point_order_earnings"`);
    await q.query(`DROP TABLE "point_share_days"`);
    await q.query(`DROP TABLE "point_checkins"`);
    await q.query(`DROP TABLE "points_rules"`);
    await q.query(`DROP TABLE "point_lots"`);
  }
}

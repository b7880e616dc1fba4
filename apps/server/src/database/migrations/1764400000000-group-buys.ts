import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group buying (拼团): activities on a SKU, their groups (the row every seat change locks), the seats, and
 * an outbox of notices to buyers (one per user, kind and subject).
 */
export class GroupBuys1764400000000 implements MigrationInterface {
  name = 'GroupBuys1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "group_buy_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "group_price_fen" bigint NOT NULL, "group_size" integer NOT NULL, "time_limit_minutes" integer NOT NULL, "per_user_limit" integer NOT NULL, "virtual_fill" boolean NOT NULL DEFAULT false, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stopped_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_buy_activities_group_size_check" CHECK ("group_size" BETWEEN 2 AND 20), CONSTRAINT "group_buy_activities_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "group_buy_activities_merchant_id_idx" ON "group_buy_activities"  ("merchant_id")`);
    await q.query(`CREATE INDEX "group_buy_activities_ends_at_idx" ON "group_buy_activities"  ("ends_at")`);
    await q.query(`CREATE TABLE "group_buy_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activity_id" uuid NOT NULL, "starter_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_buy_groups_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "group_buy_groups_status_expires_at_idx" ON "group_buy_groups"  ("status", "expires_at")`);
    await q.query(`CREATE INDEX "group_buy_groups_activity_id_status_idx" ON "group_buy_groups"  ("activity_id", "status")`);
    await q.query(`CREATE TABLE "group_buy_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "user_id" uuid, "order_id" uuid, "is_starter" boolean NOT NULL DEFAULT false, "virtual" boolean NOT NULL DEFAULT false, "status" character varying(16) NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_buy_members_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "group_buy_members_order_id_key" ON "group_buy_members"  ("order_id")`);
    await q.query(`CREATE INDEX "group_buy_members_user_id_idx" ON "group_buy_members"  ("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "group_buy_members_group_id_user_id_key" ON "group_buy_members"  ("group_id", "user_id")`);
    await q.query(`CREATE TABLE "marketing_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "ref_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "marketing_notices_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "marketing_notices_user_id_kind_ref_id_key" ON "marketing_notices"  ("user_id", "kind", "ref_id")`);
    await q.query(`ALTER TABLE "group_buy_activities" ADD CONSTRAINT "group_buy_activities_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_activities" ADD CONSTRAINT "group_buy_activities_sku_id_fkey" FOREIGN KEY ("sku_id") REFERENCES "goods_skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_groups" ADD CONSTRAINT "group_buy_groups_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "group_buy_activities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_groups" ADD CONSTRAINT "group_buy_groups_starter_id_fkey" FOREIGN KEY ("starter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_members" ADD CONSTRAINT "group_buy_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "group_buy_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_members" ADD CONSTRAINT "group_buy_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_buy_members" ADD CONSTRAINT "group_buy_members_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "marketing_notices" ADD CONSTRAINT "marketing_notices_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "marketing_notices"`);
    await q.query(`DROP TABLE "group_buy_members"`);
    await q.query(`DROP TABLE "group_buy_groups"`);
    await q.query(`DROP TABLE "group_buy_activities"`);
  }
}

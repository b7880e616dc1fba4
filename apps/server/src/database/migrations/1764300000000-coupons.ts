import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Coupons and 满减: merchants' coupon templates (the claimed count never past the quantity, by a check),
 * the coupons users hold (one per (template, user, n) and per (user, grant key), so concurrent or retried
 * claims cannot exceed the per-user limit), full reductions, and per-order/per-item discount records:
 * `orders.coupon_id` and `order_items.discount_fen` (the line's share of the order's discount, for refunds).
 */
export class Coupons1764300000000 implements MigrationInterface {
  name = 'Coupons1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "coupon_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "rule" jsonb NOT NULL, "validity" jsonb NOT NULL, "scope" jsonb NOT NULL, "total_quantity" integer NOT NULL, "per_user_limit" integer NOT NULL, "claimed_count" integer NOT NULL DEFAULT '0', "new_user_only" boolean NOT NULL DEFAULT false, "show_in_centre" boolean NOT NULL DEFAULT true, "grant_on_signup" boolean NOT NULL DEFAULT false, "status" character varying(8) NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "coupon_templates_claimed_check" CHECK ("claimed_count" >= 0 AND "claimed_count" <= "total_quantity"), CONSTRAINT "coupon_templates_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "coupon_templates_merchant_id_idx" ON "coupon_templates"("merchant_id") `);
    await q.query(`CREATE TABLE "coupons" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "user_id" uuid NOT NULL, "n" integer NOT NULL, "grant_key" character varying(100) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'unused', "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "coupons_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "coupons_order_id_idx" ON "coupons"("order_id") `);
    await q.query(`CREATE INDEX "coupons_user_status_idx" ON "coupons"("user_id", "status") `);
    await q.query(`CREATE UNIQUE INDEX "coupons_user_grant_key_key" ON "coupons"("user_id", "grant_key") `);
    await q.query(`CREATE UNIQUE INDEX "coupons_template_user_n_key" ON "coupons"("template_id", "user_id", "n") `);
    await q.query(`CREATE TABLE "full_reductions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "tiers" jsonb NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "full_reductions_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "full_reductions_merchant_id_idx" ON "full_reductions"("merchant_id") `);
    await q.query(`ALTER TABLE "orders" ADD "coupon_id" uuid`);
    await q.query(`ALTER TABLE "order_items" ADD "discount_fen" bigint NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "coupon_templates" ADD CONSTRAINT "coupon_templates_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "coupons" ADD CONSTRAINT "coupons_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "coupon_templates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "coupons" ADD CONSTRAINT "coupons_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "full_reductions" ADD CONSTRAINT "full_reductions_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "order_items" DROP COLUMN "discount_fen"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "coupon_id"`);
    await q.query(`DROP TABLE "full_reductions"`);
    await q.query(`DROP TABLE "coupons"`);
    await q.query(`DROP TABLE "coupon_templates"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Flash sales (秒杀): a sale's units are set aside from its SKU and counted down here by a conditional
 * UPDATE in each order's transaction (the CHECK stops any count below zero); each buyer's units are
 * counted in `flash_sale_buyers`, raised only up to the sale's per-user limit.
 */
export class FlashSales1764500000000 implements MigrationInterface {
  name = 'FlashSales1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "flash_sales" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "sale_price_fen" bigint NOT NULL, "total_units" integer NOT NULL, "units_left" integer NOT NULL, "per_user_limit" integer NOT NULL, "pay_minutes" integer NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stopped_at" TIMESTAMP WITH TIME ZONE, "settled_at" TIMESTAMP WITH TIME ZONE, "units_returned" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "flash_sales_window_check" CHECK ("ends_at" > "starts_at"), CONSTRAINT "flash_sales_units_left_check" CHECK ("units_left" >= 0 AND "units_left" <= "total_units"), CONSTRAINT "flash_sales_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "flash_sales_ends_at_idx" ON "flash_sales" ("ends_at") `);
    await q.query(`CREATE INDEX "flash_sales_merchant_id_created_at_idx" ON "flash_sales" ("merchant_id", "created_at") `);
    await q.query(`CREATE TABLE "flash_sale_buyers" ("sale_id" uuid NOT NULL, "user_id" uuid NOT NULL, "units" integer NOT NULL, CONSTRAINT "flash_sale_buyers_units_check" CHECK ("units" >= 0), CONSTRAINT "flash_sale_buyers_pkey" PRIMARY KEY ("sale_id", "user_id"))`);
    await q.query(`ALTER TABLE "flash_sales" ADD CONSTRAINT "flash_sales_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "flash_sales" ADD CONSTRAINT "flash_sales_sku_id_fkey" FOREIGN KEY ("sku_id") REFERENCES "goods_skus"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "flash_sale_buyers" ADD CONSTRAINT "flash_sale_buyers_sale_id_fkey" FOREIGN KEY ("sale_id") REFERENCES "flash_sales"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "flash_sale_buyers"`);
    await q.query(`DROP TABLE "flash_sales"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders priced by a marketing activity: where the price came from, and whether the order holds
 * catalogue stock (a flash sale keeps its own). Existing rows are catalogue orders holding stock.
 */
export class OrderSources1764200000000 implements MigrationInterface {
  name = 'OrderSources1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "orders" ADD "source" character varying(16) NOT NULL DEFAULT 'mall'`);
    await q.query(`ALTER TABLE "orders" ADD "source_id" uuid`);
    await q.query(`ALTER TABLE "orders" ADD "holds_sku_stock" boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE INDEX "orders_source_id_idx" ON "orders" ("source_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "orders_source_id_idx"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "holds_sku_stock"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "source_id"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "source"`);
  }
}

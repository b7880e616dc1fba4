import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dashboards read a shop's paid orders by payment time (a room's window, a shop's date range, a buyer's
 * first paid order). The only merchant index walked every order the shop ever made; this one is partial,
 * so unpaid and cancelled orders cost nothing.
 */
export class Dashboards1765400000000 implements MigrationInterface {
  name = 'Dashboards1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "orders_merchant_id_paid_at_idx" ON "orders" ("merchant_id", "paid_at") WHERE paid_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "orders_merchant_id_paid_at_idx"`);
  }
}

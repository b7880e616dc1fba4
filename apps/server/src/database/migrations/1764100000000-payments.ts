import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments and their refunds. `payments.order_id` deliberately has no foreign key to `orders`: that
 * table comes from the orders migration, and payments must not depend on the order the two run in. The
 * unique keys are what make retries safe: one pending payment per order, one row per out_trade_no, one
 * refund per refund id and per out_refund_no.
 */
export class Payments1764100000000 implements MigrationInterface {
  name = 'Payments1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "payments" ("id" uuid NOT NULL, "order_id" uuid NOT NULL, "user_id" uuid NOT NULL, "provider" character varying(16) NOT NULL, "out_trade_no" character varying(32) NOT NULL, "amount_fen" bigint NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "prepay_id" character varying(64), "transaction_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "succeeded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "payments_amount_fen_check" CHECK ("amount_fen" > 0), CONSTRAINT "payments_status_check" CHECK ("status" IN ('pending', 'succeeded', 'closed')), CONSTRAINT "payments_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "payments_order_id_idx" ON "payments" ("order_id") `);
    await q.query(`CREATE UNIQUE INDEX "payments_out_trade_no_key" ON "payments" ("out_trade_no") `);
    await q.query(`CREATE UNIQUE INDEX "payments_order_id_pending_key" ON "payments" ("order_id") WHERE "status" = 'pending'`);
    await q.query(`CREATE TABLE "payment_refunds" ("id" uuid NOT NULL, "payment_id" uuid NOT NULL, "refund_id" character varying(64) NOT NULL, "out_refund_no" character varying(64) NOT NULL, "amount_fen" bigint NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "payment_refunds_amount_fen_check" CHECK ("amount_fen" > 0), CONSTRAINT "payment_refunds_status_check" CHECK ("status" IN ('pending', 'accepted')), CONSTRAINT "payment_refunds_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "payment_refunds_payment_id_idx" ON "payment_refunds" ("payment_id") `);
    await q.query(`CREATE UNIQUE INDEX "payment_refunds_refund_id_key" ON "payment_refunds" ("refund_id") `);
    await q.query(`CREATE UNIQUE INDEX "payment_refunds_out_refund_no_key" ON "payment_refunds" ("out_refund_no") `);
    await q.query(`ALTER TABLE "payment_refunds" ADD CONSTRAINT "payment_refunds_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payment_refunds"`);
    await q.query(`DROP TABLE "payments"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carts, address books, orders with their items, and refunds. SKU ids are kept without a foreign key:
 * an order keeps what it bought (title, spec, price) even if the catalogue changes.
 */
export class Orders1763990000000 implements MigrationInterface {
  name = 'Orders1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "addresses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(20) NOT NULL, "phone" character varying(11) NOT NULL, "province" character varying(20) NOT NULL, "city" character varying(20) NOT NULL, "district" character varying(20) NOT NULL, "detail" character varying(120) NOT NULL, "is_default" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "addresses_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "addresses_user_id_idx" ON "addresses" ("user_id") `);
    await q.query(`CREATE TABLE "cart_items" ("user_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "quantity" integer NOT NULL, "selected" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cart_items_pkey" PRIMARY KEY ("user_id", "sku_id"))`);
    await q.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "no" character varying(32) NOT NULL, "request_id" uuid NOT NULL, "user_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "items_fen" bigint NOT NULL, "shipping_fen" bigint NOT NULL, "discount_fen" bigint NOT NULL DEFAULT '0', "total_fen" bigint NOT NULL, "refunded_fen" bigint NOT NULL DEFAULT '0', "address" jsonb NOT NULL, "pay_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "paid_at" TIMESTAMP WITH TIME ZONE, "payment_id" uuid, "shipped_at" TIMESTAMP WITH TIME ZONE, "carrier" character varying(32), "tracking_no" character varying(40), "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(16), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "orders_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "orders_seq_key" ON "orders" ("seq") `);
    await q.query(`CREATE UNIQUE INDEX "orders_no_key" ON "orders" ("no") `);
    await q.query(`CREATE UNIQUE INDEX "orders_request_id_key" ON "orders" ("request_id") `);
    await q.query(`CREATE INDEX "orders_status_pay_deadline_idx" ON "orders" ("status", "pay_deadline") `);
    await q.query(`CREATE INDEX "orders_merchant_id_seq_idx" ON "orders" ("merchant_id", "seq") `);
    await q.query(`CREATE INDEX "orders_user_id_seq_idx" ON "orders" ("user_id", "seq") `);
    await q.query(`CREATE TABLE "order_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "title" character varying(120) NOT NULL, "spec_text" character varying(100) NOT NULL, "cover_url" character varying(512), "price_fen" bigint NOT NULL, "quantity" integer NOT NULL, "refunded_quantity" integer NOT NULL DEFAULT '0', CONSTRAINT "order_items_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "order_items_order_id_idx" ON "order_items" ("order_id") `);
    await q.query(`CREATE INDEX "order_items_sku_id_idx" ON "order_items" ("sku_id") `);
    await q.query(`CREATE TABLE "refunds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "kind" character varying(16) NOT NULL DEFAULT 'item', "order_item_id" uuid, "payment_id" uuid, "quantity" integer NOT NULL DEFAULT '0', "amount_fen" bigint NOT NULL, "reason" character varying(200) NOT NULL, "status" character varying(16) NOT NULL, "note" character varying(200), "restock" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "refunded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "refunds_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "refunds_order_id_idx" ON "refunds" ("order_id") `);
    await q.query(`CREATE UNIQUE INDEX "refunds_payment_id_key" ON "refunds" ("payment_id") WHERE "payment_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "addresses" ADD CONSTRAINT "addresses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "refunds"`);
    await q.query(`DROP TABLE "order_items"`);
    await q.query(`DROP TABLE "orders"`);
    await q.query(`DROP TABLE "cart_items"`);
    await q.query(`DROP TABLE "addresses"`);
  }
}

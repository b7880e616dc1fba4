import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mall catalogue: categories; goods with images, video, description and specs; SKUs that hold price
 * and stock; a log of listed-price changes for stable price-sorted paging; trigram search on titles.
 * Existing goods each get one SKU without specs carrying their price and stock before `goods.stock` goes.
 */
export class Catalogue1764000000000 implements MigrationInterface {
  name = 'Catalogue1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(20) NOT NULL, "parent_id" uuid, "sort" integer NOT NULL DEFAULT '0', CONSTRAINT "categories_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "categories_parent_id_idx" ON "categories" ("parent_id")`);
    await q.query(`ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`ALTER TABLE "goods" ADD "category_id" uuid`);
    await q.query(`ALTER TABLE "goods" ADD "images" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "goods" ADD "video_url" character varying(512)`);
    await q.query(`ALTER TABLE "goods" ADD "description_html" text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "goods" ADD "specs" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "goods" ADD "original_price_fen" bigint`);
    await q.query(`ALTER TABLE "goods" ADD "sales" integer NOT NULL DEFAULT '0'`);
    // A goods with a cover already has its first image.
    await q.query(`UPDATE "goods" SET "images" = jsonb_build_array("cover_url") WHERE "cover_url" IS NOT NULL`);
    await q.query(`CREATE INDEX "goods_category_id_idx" ON "goods" ("category_id")`);
    await q.query(`CREATE INDEX "goods_sales_seq_idx" ON "goods" ("sales", "seq")`);
    await q.query(`CREATE INDEX "goods_price_fen_seq_idx" ON "goods" ("price_fen", "seq")`);
    await q.query(`ALTER TABLE "goods" ADD CONSTRAINT "goods_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "goods_skus" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goods_id" uuid NOT NULL, "spec_values" jsonb NOT NULL, "spec_key" text NOT NULL, "price_fen" bigint NOT NULL, "original_price_fen" bigint, "stock" integer NOT NULL DEFAULT '0', "code" character varying(64), "on_sale" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "goods_skus_stock_check" CHECK ("stock" >= 0), CONSTRAINT "goods_skus_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "goods_skus_goods_id_spec_key_key" ON "goods_skus" ("goods_id", "spec_key")`);
    await q.query(`ALTER TABLE "goods_skus" ADD CONSTRAINT "goods_skus_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Carry the rows: one SKU without specs per goods, with its price and stock (GREATEST: the old column had no CHECK).
    await q.query(`INSERT INTO "goods_skus" ("goods_id", "spec_values", "spec_key", "price_fen", "stock")
                   SELECT "id", '[]'::jsonb, '[]', "price_fen", GREATEST("stock", 0) FROM "goods"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "stock"`);

    await q.query(`CREATE TABLE "goods_price_changes" ("id" BIGSERIAL NOT NULL, "goods_id" uuid NOT NULL, "price_before_fen" bigint NOT NULL, "price_after_fen" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "goods_price_changes_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "goods_price_changes_goods_id_idx" ON "goods_price_changes" ("goods_id", "id")`);
    await q.query(`ALTER TABLE "goods_price_changes" ADD CONSTRAINT "goods_price_changes_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Keyword search is `title ILIKE '%q%'`, which a trigram GIN index serves (also for Chinese text). pg_trgm
    // ships with PostgreSQL (contrib) and with the embedded build, and is a trusted extension (no superuser
    // needed). Where a server lacks it the index is skipped: search still works, by a scan.
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE INDEX "goods_title_trgm_idx" ON "goods" USING gin ("title" gin_trgm_ops);
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    // pg_trgm stays installed: other objects may use it, and an unused extension costs nothing.
    await q.query(`DROP INDEX IF EXISTS "goods_title_trgm_idx"`);
    await q.query(`DROP TABLE "goods_price_changes"`);
    await q.query(`ALTER TABLE "goods" ADD "stock" integer NOT NULL DEFAULT '0'`);
    await q.query(`UPDATE "goods" g SET "stock" = s.total
                     FROM (SELECT "goods_id", sum("stock")::int AS total FROM "goods_skus" WHERE "on_sale" GROUP BY "goods_id") s
                    WHERE s."goods_id" = g."id"`);
    await q.query(`DROP TABLE "goods_skus"`);
    await q.query(`ALTER TABLE "goods" DROP CONSTRAINT "goods_category_id_fkey"`);
    await q.query(`DROP INDEX "goods_price_fen_seq_idx"`);
    await q.query(`DROP INDEX "goods_sales_seq_idx"`);
    await q.query(`DROP INDEX "goods_category_id_idx"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "sales"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "original_price_fen"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "specs"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "description_html"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "video_url"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "images"`);
    await q.query(`ALTER TABLE "goods" DROP COLUMN "category_id"`);
    await q.query(`DROP TABLE "categories"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 种草 content: articles and short videos, the goods they link, and once-per-viewer-per-day view records. */
export class Content1765600000000 implements MigrationInterface {
  name = 'Content1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "contents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "merchant_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(60) NOT NULL, "summary" character varying(120), "cover_url" character varying(512), "body" text, "video_url" character varying(512), "status" character varying(16) NOT NULL DEFAULT 'draft', "publish_seq" bigint, "published_at" TIMESTAMP WITH TIME ZONE, "view_count" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "contents_kind_payload_check" CHECK (("kind" = 'article' AND "body" IS NOT NULL AND "video_url" IS NULL) OR ("kind" = 'video' AND "video_url" IS NOT NULL AND "body" IS NULL)), CONSTRAINT "contents_status_check" CHECK ("status" IN ('draft', 'published')), CONSTRAINT "contents_kind_check" CHECK ("kind" IN ('article', 'video')), CONSTRAINT "contents_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "contents_seq_key" ON "contents" ("seq")`);
    await q.query(`CREATE UNIQUE INDEX "contents_publish_seq_key" ON "contents" ("publish_seq")`);
    await q.query(`CREATE INDEX "contents_merchant_id_seq_idx" ON "contents" ("merchant_id", "seq")`);
    // Feed order: drawn once per content at its first publish (an entity cannot describe a free sequence).
    await q.query(`CREATE SEQUENCE "content_publish_seq"`);
    await q.query(`CREATE TABLE "content_goods" ("content_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "content_goods_pkey" PRIMARY KEY ("content_id", "goods_id"))`);
    await q.query(`CREATE INDEX "content_goods_goods_id_idx" ON "content_goods" ("goods_id")`);
    await q.query(`CREATE TABLE "content_views" ("content_id" uuid NOT NULL, "user_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "content_views_pkey" PRIMARY KEY ("content_id", "user_id", "day"))`);
    await q.query(`ALTER TABLE "contents" ADD CONSTRAINT "contents_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "content_goods" ADD CONSTRAINT "content_goods_content_id_fkey" FOREIGN KEY ("content_id") REFERENCES "contents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "content_goods" ADD CONSTRAINT "content_goods_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "content_views" ADD CONSTRAINT "content_views_content_id_fkey" FOREIGN KEY ("content_id") REFERENCES "contents"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "content_views" ADD CONSTRAINT "content_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "content_views"`);
    await q.query(`DROP TABLE "content_goods"`);
    await q.query(`DROP SEQUENCE "content_publish_seq"`);
    await q.query(`DROP TABLE "contents"`);
  }
}

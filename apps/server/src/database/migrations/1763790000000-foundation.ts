import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users and their refresh tokens, merchants, and the first cut of live rooms and goods. */
export class Foundation1763790000000 implements MigrationInterface {
  name = 'Foundation1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "provider" character varying(16) NOT NULL,
      "openid" character varying(64),
      "unionid" character varying(64),
      "guest_device_id" character varying(64),
      "seed_key" character varying(64),
      "nickname" character varying(64) NOT NULL,
      "avatar_url" character varying(512),
      "roles" text array NOT NULL DEFAULT '{user}',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "users_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_openid_key" ON "users" ("openid")`);
    await q.query(`CREATE INDEX "users_unionid_idx" ON "users" ("unionid")`);
    await q.query(`CREATE UNIQUE INDEX "users_guest_device_id_key" ON "users" ("guest_device_id")`);
    await q.query(`CREATE UNIQUE INDEX "users_seed_key_key" ON "users" ("seed_key")`);

    await q.query(`CREATE TABLE "refresh_tokens" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "family_id" uuid NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens" ("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens" ("token_hash")`);
    await q.query(`CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" ("family_id")`);

    await q.query(`CREATE TABLE "merchants" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "owner_user_id" uuid NOT NULL,
      "name" character varying(64) NOT NULL,
      "logo_url" character varying(512),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "merchants_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "merchants_owner_user_id_key" ON "merchants" ("owner_user_id")`);

    await q.query(`CREATE TABLE "live_rooms" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "seq" BIGSERIAL NOT NULL,
      "merchant_id" uuid NOT NULL,
      "title" character varying(80) NOT NULL,
      "cover_url" character varying(512),
      "anchor_name" character varying(64) NOT NULL,
      "status" character varying(16) NOT NULL DEFAULT 'scheduled',
      "scheduled_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "live_rooms_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "live_rooms_seq_key" ON "live_rooms" ("seq")`);
    await q.query(`CREATE INDEX "live_rooms_merchant_id_idx" ON "live_rooms" ("merchant_id")`);

    await q.query(`CREATE TABLE "goods" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "seq" BIGSERIAL NOT NULL,
      "merchant_id" uuid NOT NULL,
      "title" character varying(120) NOT NULL,
      "cover_url" character varying(512),
      "price_fen" bigint NOT NULL,
      "stock" integer NOT NULL DEFAULT '0',
      "on_shelf" boolean NOT NULL DEFAULT true,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "goods_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "goods_seq_key" ON "goods" ("seq")`);
    await q.query(`CREATE INDEX "goods_merchant_id_idx" ON "goods" ("merchant_id")`);

    await q.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "merchants" ADD CONSTRAINT "merchants_owner_user_id_fkey" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "live_rooms" ADD CONSTRAINT "live_rooms_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "goods" ADD CONSTRAINT "goods_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Dropping a table drops its indexes and the foreign keys it holds.
    await q.query(`DROP TABLE "goods"`);
    await q.query(`DROP TABLE "live_rooms"`);
    await q.query(`DROP TABLE "merchants"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP TABLE "users"`);
  }
}

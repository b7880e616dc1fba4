import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership: the level table (seeded 普通/白银/黄金/钻石, editable by the merchant), growth credits (one row
 * per order that earned growth: the key makes a second completion count nothing), the user's bound phone,
 * favourite goods, followed rooms and the browsing history (one row per user and goods).
 */
export class Members1764900000000 implements MigrationInterface {
  name = 'Members1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "member_levels" ("rank" smallint NOT NULL, "name" character varying(8) NOT NULL, "growth_from" integer NOT NULL, "discount_percent" smallint NOT NULL, "free_shipping_from_fen" bigint, "monthly_coupon_template_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "member_levels_discount_check" CHECK ("discount_percent" BETWEEN 50 AND 100), CONSTRAINT "member_levels_growth_check" CHECK ("growth_from" >= 0), CONSTRAINT "member_levels_pkey" PRIMARY KEY ("rank"))`);
    await q.query(`INSERT INTO "member_levels" ("rank", "name", "growth_from", "discount_percent", "free_shipping_from_fen") VALUES (0, '普通', 0, 100, NULL), (1, '白银', 500, 99, 6900), (2, '黄金', 2000, 98, 4900), (3, '钻石', 10000, 95, 0)`);
    await q.query(`CREATE TABLE "member_growth" ("key" character varying(80) NOT NULL, "user_id" uuid NOT NULL, "amount" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "member_growth_pkey" PRIMARY KEY ("key"))`);
    await q.query(`CREATE INDEX "member_growth_user_id_idx" ON "member_growth" ("user_id")`);
    await q.query(`ALTER TABLE "member_growth" ADD CONSTRAINT "member_growth_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "users" ADD "phone" character varying(20)`);
    await q.query(`CREATE TABLE "favourite_goods" ("user_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "favourite_goods_pkey" PRIMARY KEY ("user_id", "goods_id"))`);
    await q.query(`CREATE INDEX "favourite_goods_user_created_idx" ON "favourite_goods" ("user_id", "created_at")`);
    await q.query(`ALTER TABLE "favourite_goods" ADD CONSTRAINT "favourite_goods_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "favourite_goods" ADD CONSTRAINT "favourite_goods_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE TABLE "followed_rooms" ("user_id" uuid NOT NULL, "room_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "followed_rooms_pkey" PRIMARY KEY ("user_id", "room_id"))`);
    await q.query(`CREATE INDEX "followed_rooms_user_created_idx" ON "followed_rooms" ("user_id", "created_at")`);
    await q.query(`ALTER TABLE "followed_rooms" ADD CONSTRAINT "followed_rooms_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "followed_rooms" ADD CONSTRAINT "followed_rooms_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE TABLE "goods_views" ("user_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "viewed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "goods_views_pkey" PRIMARY KEY ("user_id", "goods_id"))`);
    await q.query(`CREATE INDEX "goods_views_user_viewed_idx" ON "goods_views" ("user_id", "viewed_at")`);
    await q.query(`ALTER TABLE "goods_views" ADD CONSTRAINT "goods_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "goods_views" ADD CONSTRAINT "goods_views_goods_id_fkey" FOREIGN KEY ("goods_id") REFERENCES "goods"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "goods_views"`);
    await q.query(`DROP TABLE "followed_rooms"`);
    await q.query(`DROP TABLE "favourite_goods"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "phone"`);
    await q.query(`DROP TABLE "member_growth"`);
    await q.query(`DROP TABLE "member_levels"`);
  }
}

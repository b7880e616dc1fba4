import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Birthdays (month and day, with when they were last set: a change is allowed once every 12 months) and
 * birthday coupon templates.
 */
export class Birthdays1764700000000 implements MigrationInterface {
  name = 'Birthdays1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "birth_month" smallint`);
    await q.query(`ALTER TABLE "users" ADD "birth_day" smallint`);
    await q.query(`ALTER TABLE "users" ADD "birthday_set_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_birthday_check" CHECK (("birth_month" IS NULL AND "birth_day" IS NULL) OR ("birth_month" BETWEEN 1 AND 12 AND "birth_day" BETWEEN 1 AND 31))`,
    );
    await q.query(`ALTER TABLE "coupon_templates" ADD "grant_on_birthday" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "coupon_templates" DROP COLUMN "grant_on_birthday"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_birthday_check"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "birthday_set_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "birth_day"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "birth_month"`);
  }
}

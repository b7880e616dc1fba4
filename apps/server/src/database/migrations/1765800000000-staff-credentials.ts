import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Merchant console passwords (owners and assistants), with the failed-attempt counter and lock. */
export class StaffCredentials1765800000000 implements MigrationInterface {
  name = 'StaffCredentials1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "staff_credentials" ("user_id" uuid NOT NULL, "login" character varying(32) NOT NULL, "password_hash" character varying(255) NOT NULL, "failed_count" integer NOT NULL DEFAULT '0', "failed_since" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "staff_credentials_login_check" CHECK ("login" ~ '^[a-z0-9_.-]{3,32}$'), CONSTRAINT "staff_credentials_pkey" PRIMARY KEY ("user_id"))`);
    await q.query(`CREATE UNIQUE INDEX "staff_credentials_login_key" ON "staff_credentials" ("login")`);
    await q.query(`ALTER TABLE "staff_credentials" ADD CONSTRAINT "staff_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "staff_credentials"`);
  }
}

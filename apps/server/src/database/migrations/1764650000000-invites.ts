import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invites: each user's code, and who invited whom (one row per invitee: binding happens once), with the
 * reward the invitee's first paid order earned.
 */
export class Invites1764650000000 implements MigrationInterface {
  name = 'Invites1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "invite_codes" ("user_id" uuid NOT NULL, "code" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invite_codes_pkey" PRIMARY KEY ("user_id"))`);
    await q.query(`CREATE UNIQUE INDEX "invite_codes_code_key" ON "invite_codes"("code")`);
    await q.query(`CREATE TABLE "invites" ("invitee_id" uuid NOT NULL, "inviter_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rewarded_at" TIMESTAMP WITH TIME ZONE, "reward_order_id" uuid, "reward_points" integer NOT NULL DEFAULT '0', CONSTRAINT "invites_not_self_check" CHECK ("invitee_id" <> "inviter_id"), CONSTRAINT "invites_pkey" PRIMARY KEY ("invitee_id"))`);
    await q.query(`CREATE INDEX "invites_inviter_id_idx" ON "invites"("inviter_id")`);
    await q.query(`ALTER TABLE "invite_codes" ADD CONSTRAINT "invite_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invites" ADD CONSTRAINT "invites_invitee_id_fkey" FOREIGN KEY ("invitee_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invites" ADD CONSTRAINT "invites_inviter_id_fkey" FOREIGN KEY ("inviter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "invites"`);
    await q.query(`DROP TABLE "invite_codes"`);
  }
}

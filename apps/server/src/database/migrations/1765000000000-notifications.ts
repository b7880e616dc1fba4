import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: the in-app inbox (one row per user and event key), the claimed pushes of each event
 * (one per channel), and the one-shot WeChat subscribe-message consents each user has left per template.
 */
export class Notifications1765000000000 implements MigrationInterface {
  name = 'Notifications1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "event_key" character varying(200) NOT NULL, "title" character varying(64) NOT NULL, "body" character varying(256) NOT NULL, "link" character varying(512), "data" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"  ("user_id", "created_at")`);
    await q.query(`CREATE UNIQUE INDEX "notifications_user_id_event_key_key" ON "notifications"  ("user_id", "event_key")`);
    await q.query(`CREATE TABLE "notification_sends" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_key" character varying(200) NOT NULL, "channel" character varying(16) NOT NULL, "template_id" character varying(128) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "error" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_sends_status_check" CHECK ("status" IN ('pending', 'sent', 'failed')), CONSTRAINT "notification_sends_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "notification_sends_user_id_event_key_channel_key" ON "notification_sends"  ("user_id", "event_key", "channel")`);
    await q.query(`CREATE TABLE "subscribe_consents" ("user_id" uuid NOT NULL, "template_id" character varying(128) NOT NULL, "remaining" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "subscribe_consents_remaining_check" CHECK ("remaining" >= 0), CONSTRAINT "subscribe_consents_pkey" PRIMARY KEY ("user_id", "template_id"))`);
    await q.query(`CREATE TABLE "subscribe_consent_requests" ("user_id" uuid NOT NULL, "request_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "subscribe_consent_requests_pkey" PRIMARY KEY ("user_id", "request_id"))`);
    await q.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "notification_sends" ADD CONSTRAINT "notification_sends_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "subscribe_consents" ADD CONSTRAINT "subscribe_consents_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "subscribe_consent_requests" ADD CONSTRAINT "subscribe_consent_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "subscribe_consent_requests"`);
    await q.query(`DROP TABLE "subscribe_consents"`);
    await q.query(`DROP TABLE "notification_sends"`);
    await q.query(`DROP TABLE "notifications"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customer service: one conversation per (shop, viewer), its ordered messages, and each shop's FAQ rules. */
export class Support1765500000000 implements MigrationInterface {
  name = 'Support1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "support_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'bot', "channel" character varying(8) NOT NULL DEFAULT 'app', "last_text" character varying(1000) NOT NULL DEFAULT '', "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unread_merchant" integer NOT NULL DEFAULT '0', "unread_user" integer NOT NULL DEFAULT '0', "wechat_entered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "support_conversations_channel_check" CHECK ("channel" IN ('app', 'wechat')), CONSTRAINT "support_conversations_status_check" CHECK ("status" IN ('bot', 'human')), CONSTRAINT "support_conversations_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "support_conversations_inbox_idx" ON "support_conversations"("merchant_id", "status", "last_message_at")`);
    await q.query(`CREATE UNIQUE INDEX "support_conversations_merchant_user_key" ON "support_conversations"("merchant_id", "user_id")`);
    await q.query(`CREATE TABLE "support_faqs" ("merchant_id" uuid NOT NULL, "position" integer NOT NULL, "keywords" jsonb NOT NULL, "answer" character varying(500) NOT NULL, CONSTRAINT "support_faqs_pkey" PRIMARY KEY ("merchant_id", "position"))`);
    await q.query(`CREATE TABLE "support_messages" ("id" BIGSERIAL NOT NULL, "conversation_id" uuid NOT NULL, "sender" character varying(8) NOT NULL, "author_user_id" uuid, "text" character varying(1000) NOT NULL, "client_msg_id" character varying(64), "reply_to" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "support_messages_sender_check" CHECK ("sender" IN ('user', 'bot', 'agent')), CONSTRAINT "support_messages_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "support_messages_conversation_idx" ON "support_messages"("conversation_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "support_messages_client_msg_key" ON "support_messages"("conversation_id", "client_msg_id")`);
    await q.query(`ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "support_faqs" ADD CONSTRAINT "support_faqs_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "support_messages"`);
    await q.query(`DROP TABLE "support_faqs"`);
    await q.query(`DROP TABLE "support_conversations"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wallets with an append-only ledger, and red packets: the packet, its pre-split shares and its grabs.
 * The unique keys are the last line of defence against double grabs and double movements; the CHECKs
 * refuse any overdraft or a remainder out of range, whatever the code above does.
 */
export class RedPackets1763800000000 implements MigrationInterface {
  name = 'RedPackets1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "red_packets" ("id" uuid NOT NULL, "room_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "anchor_name" character varying(64) NOT NULL, "anchor_avatar_url" character varying(512), "slogan" character varying(40) NOT NULL, "type" character varying(8) NOT NULL, "total_amount" bigint NOT NULL, "total_count" integer NOT NULL, "remaining_amount" bigint NOT NULL, "remaining_count" integer NOT NULL, "min_share" bigint NOT NULL, "max_share" bigint NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "seed_commitment" character(64) NOT NULL, "seed" character varying(64) NOT NULL, "request_fingerprint" character(64) NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "red_packets_remaining_check" CHECK ("remaining_count" >= 0 AND "remaining_amount" >= 0 AND "remaining_count" <= "total_count" AND "remaining_amount" <= "total_amount"), CONSTRAINT "red_packets_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "red_packets_merchant_id_idx" ON "red_packets" ("merchant_id")`);
    await q.query(`CREATE INDEX "red_packets_status_valid_until_idx" ON "red_packets" ("status", "valid_until")`);
    await q.query(`CREATE INDEX "red_packets_room_id_idx" ON "red_packets" ("room_id", "created_at")`);
    await q.query(`CREATE TABLE "red_packet_grabs" ("id" BIGSERIAL NOT NULL, "packet_id" uuid NOT NULL, "user_id" uuid NOT NULL, "nickname" character varying(64) NOT NULL, "avatar_url" character varying(512), "amount" bigint NOT NULL, "seq" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "red_packet_grabs_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "red_packet_grabs_user_id_idx" ON "red_packet_grabs" ("user_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "red_packet_grabs_packet_seq_key" ON "red_packet_grabs" ("packet_id", "seq")`);
    await q.query(`CREATE UNIQUE INDEX "red_packet_grabs_packet_user_key" ON "red_packet_grabs" ("packet_id", "user_id")`);
    await q.query(`CREATE TABLE "red_packet_shares" ("packet_id" uuid NOT NULL, "seq" integer NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "red_packet_shares_pkey" PRIMARY KEY ("packet_id", "seq"))`);
    await q.query(`CREATE TABLE "wallets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(16) NOT NULL, "owner_id" uuid NOT NULL, "balance" bigint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "wallets_balance_check" CHECK ("owner_type" = 'system' OR "balance" >= 0), CONSTRAINT "wallets_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "wallets_owner_key" ON "wallets" ("owner_type", "owner_id")`);
    await q.query(`CREATE TABLE "ledger_entries" ("id" BIGSERIAL NOT NULL, "wallet_id" uuid NOT NULL, "delta" bigint NOT NULL, "reason" character varying(32) NOT NULL, "reference" character varying(64) NOT NULL, "idempotency_key" character varying(128) NOT NULL, "leg" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "ledger_entries_wallet_id_idx" ON "ledger_entries" ("wallet_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "ledger_entries_key_leg_key" ON "ledger_entries" ("idempotency_key", "leg")`);
    await q.query(`ALTER TABLE "red_packets" ADD CONSTRAINT "red_packets_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "red_packets" ADD CONSTRAINT "red_packets_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "red_packet_grabs" ADD CONSTRAINT "red_packet_grabs_packet_id_fkey" FOREIGN KEY ("packet_id") REFERENCES "red_packets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "red_packet_grabs" ADD CONSTRAINT "red_packet_grabs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "red_packet_shares" ADD CONSTRAINT "red_packet_shares_packet_id_fkey" FOREIGN KEY ("packet_id") REFERENCES "red_packets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_wallet_id_fkey" FOREIGN KEY ("wallet_id") REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The system wallet: where demo top-ups come from (real money arrives with payments).
    await q.query(`INSERT INTO "wallets" ("owner_type", "owner_id") VALUES ('system', '00000000-0000-0000-0000-000000000000')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ledger_entries"`);
    await q.query(`DROP TABLE "wallets"`);
    await q.query(`DROP TABLE "red_packet_shares"`);
    await q.query(`DROP TABLE "red_packet_grabs"`);
    await q.query(`DROP TABLE "red_packets"`);
  }
}

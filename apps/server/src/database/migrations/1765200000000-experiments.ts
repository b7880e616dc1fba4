import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A/B experiments (one global key each) and the once-per-user exposures their results count. */
export class Experiments1765200000000 implements MigrationInterface {
  name = 'Experiments1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "experiments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "variants" jsonb NOT NULL, "targeting" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "stopped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "experiments_status_check" CHECK ("status" IN ('draft', 'running', 'stopped')), CONSTRAINT "experiments_targeting_check" CHECK ("targeting" IN ('all', 'new_users')), CONSTRAINT "experiments_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "experiments_key_key" ON "experiments"  ("key")`);
    await q.query(`CREATE TABLE "experiment_exposures" ("experiment_id" uuid NOT NULL, "user_id" uuid NOT NULL, "variant" character varying(32) NOT NULL, "exposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "experiment_exposures_pkey" PRIMARY KEY ("experiment_id", "user_id"))`);
    await q.query(`ALTER TABLE "experiments" ADD CONSTRAINT "experiments_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "experiment_exposures" ADD CONSTRAINT "experiment_exposures_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "experiment_exposures" ADD CONSTRAINT "experiment_exposures_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "experiment_exposures"`);
    await q.query(`DROP TABLE "experiments"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A shop's assistants (场控), who may push goods and moderate its rooms. */
export class MerchantStaff1763930000000 implements MigrationInterface {
  name = 'MerchantStaff1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "merchant_staff" ("merchant_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "merchant_staff_pkey" PRIMARY KEY ("merchant_id", "user_id"))`);
    await q.query(`CREATE INDEX "merchant_staff_user_id_idx" ON "merchant_staff" ("user_id")`);
    await q.query(`ALTER TABLE "merchant_staff" ADD CONSTRAINT "merchant_staff_merchant_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "merchant_staff" ADD CONSTRAINT "merchant_staff_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "merchant_staff"`);
  }
}

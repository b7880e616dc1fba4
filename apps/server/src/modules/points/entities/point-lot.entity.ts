import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One credit of points and what is left of it. A user's lots' `remaining` always sum to their points
 * wallet's balance: a credit inserts its lot in the ledger move's transaction, a spend lowers the lots that
 * expire first, and expiry sets `remaining` to 0 when it moves that amount back to the system wallet.
 */
@Entity('point_lots')
@Index('point_lots_source_key_key', ['sourceKey'], { unique: true })
@Index('point_lots_user_id_expires_at_idx', ['userId', 'expiresAt', 'id'])
@Index('point_lots_expires_at_idx', ['expiresAt'])
@Check('point_lots_amounts_check', `"amount" > 0 AND "remaining" >= 0 AND "remaining" <= "amount"`)
export class PointLotEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'point_lots_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ type: 'integer' })
  remaining: number;

  @Column({ name: 'earned_at', type: 'timestamptz' })
  earnedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** The ledger key of the credit that made it: one lot per credit, even when the credit is retried. */
  @Column({ name: 'source_key', type: 'varchar', length: 128 })
  sourceKey: string;
}

import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';

/**
 * What a completed order earned, so a later refund takes back its share of exactly that: `refunded_fen`
 * adds up the refunds since, `clawed_back` what they have accounted for (taken, or forgiven when the user
 * had already spent it).
 */
@Entity('point_order_earnings')
@Check('point_order_earnings_amounts_check', `"points" >= 0 AND "clawed_back" >= 0 AND "clawed_back" <= "points"`)
export class PointOrderEarningEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid', primaryKeyConstraintName: 'point_order_earnings_pkey' })
  orderId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** What was still paid when the order completed: the base of the points and of the refunds' share. */
  @Column({ name: 'paid_fen', type: 'bigint', transformer: bigintTransformer })
  paidFen: number;

  @Column({ type: 'integer' })
  points: number;

  @Column({ name: 'refunded_fen', type: 'bigint', default: 0, transformer: bigintTransformer })
  refundedFen: number;

  @Column({ name: 'clawed_back', type: 'integer', default: 0 })
  clawedBack: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

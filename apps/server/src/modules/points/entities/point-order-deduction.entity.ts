import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';

/**
 * Points an order paid with at checkout (`fen` off its goods), and how many went back to the buyer since:
 * all when it is cancelled, the refunded share on each refund.
 */
@Entity('point_order_deductions')
@Check('point_order_deductions_amounts_check', `"points" > 0 AND "returned" >= 0 AND "returned" <= "points"`)
export class PointOrderDeductionEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid', primaryKeyConstraintName: 'point_order_deductions_pkey' })
  orderId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  fen: number;

  @Column({ type: 'integer', default: 0 })
  returned: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

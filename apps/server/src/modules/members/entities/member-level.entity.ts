import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';

/** One membership level; the table is the whole ladder (rank 0 is the entry level, growth 0). */
@Entity('member_levels')
@Check('member_levels_discount_check', `"discount_percent" BETWEEN 50 AND 100`)
@Check('member_levels_growth_check', `"growth_from" >= 0`)
export class MemberLevelEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'member_levels_pkey' })
  rank: number;

  @Column({ type: 'varchar', length: 8 })
  name: string;

  @Column({ name: 'growth_from', type: 'integer' })
  growthFrom: number;

  /** What a member pays, in percent of the goods price (98: 2% off). */
  @Column({ name: 'discount_percent', type: 'smallint' })
  discountPercent: number;

  @Column({ name: 'free_shipping_from_fen', type: 'bigint', nullable: true, transformer: bigintTransformer })
  freeShippingFromFen: number | null;

  /** No foreign key: a template is stopped, never deleted, and a level must not block that. */
  @Column({ name: 'monthly_coupon_template_id', type: 'uuid', nullable: true })
  monthlyCouponTemplateId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

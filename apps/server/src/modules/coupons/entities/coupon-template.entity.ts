import type { CouponRule, CouponScope, CouponValidity } from '@livemall/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * A merchant's coupon template. `claimed_count` is raised by one conditional UPDATE per claim (never past
 * `total_quantity`: the check is the last guard), so claims under any concurrency never oversell.
 */
@Entity('coupon_templates')
@Check('coupon_templates_claimed_check', `"claimed_count" >= 0 AND "claimed_count" <= "total_quantity"`)
export class CouponTemplateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'coupon_templates_pkey' })
  id: string;

  @Index('coupon_templates_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'coupon_templates_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** The shared `couponRuleSchema` (amount off or percent off). */
  @Column({ type: 'jsonb' })
  rule: CouponRule;

  @Column({ type: 'jsonb' })
  validity: CouponValidity;

  @Column({ type: 'jsonb' })
  scope: CouponScope;

  @Column({ name: 'total_quantity', type: 'int' })
  totalQuantity: number;

  @Column({ name: 'per_user_limit', type: 'int' })
  perUserLimit: number;

  @Column({ name: 'claimed_count', type: 'int', default: 0 })
  claimedCount: number;

  @Column({ name: 'new_user_only', type: 'boolean', default: false })
  newUserOnly: boolean;

  @Column({ name: 'show_in_centre', type: 'boolean', default: true })
  showInCentre: boolean;

  @Column({ name: 'grant_on_signup', type: 'boolean', default: false })
  grantOnSignup: boolean;

  /** A birthday coupon: granted once a year in the user's birthday month, never claimed. */
  @Column({ name: 'grant_on_birthday', type: 'boolean', default: false })
  grantOnBirthday: boolean;

  @Column({ type: 'varchar', length: 8, default: 'active' })
  status: 'active' | 'stopped';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

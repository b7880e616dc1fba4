import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { CouponTemplateEntity } from './coupon-template.entity';

/**
 * A coupon a user holds. `n` numbers a user's coupons of one template (1..perUserLimit for claims): the
 * unique (template, user, n) makes a second concurrent claim past the limit fail even if both read the
 * same count. `grant_key` (unique per user) makes a retried claim or grant give one coupon.
 * `used` ↔ `order_id` set; an unused coupon past `valid_to` is shown as expired.
 */
@Entity('coupons')
@Index('coupons_template_user_n_key', ['templateId', 'userId', 'n'], { unique: true })
@Index('coupons_user_grant_key_key', ['userId', 'grantKey'], { unique: true })
@Index('coupons_user_status_idx', ['userId', 'status'])
export class CouponEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'coupons_pkey' })
  id: string;

  @Column({ name: 'template_id', type: 'uuid' })
  templateId: string;

  @ManyToOne(() => CouponTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'coupons_template_id_fkey' })
  template?: CouponTemplateEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'coupons_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'int' })
  n: number;

  @Column({ name: 'grant_key', type: 'varchar', length: 100 })
  grantKey: string;

  @Column({ type: 'varchar', length: 8, default: 'unused' })
  status: 'unused' | 'used';

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo: Date;

  @Index('coupons_order_id_idx')
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CancelReason, OrderSource, OrderStatus } from '@livemall/shared';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * An order: one buyer, one shop. Amounts in fen. Stock is reserved when it is created and released
 * exactly once, by the one conditional status change that cancels it (or by a refund of unshipped goods).
 */
@Entity('orders')
@Index('orders_user_id_seq_idx', ['userId', 'seq'])
@Index('orders_merchant_id_seq_idx', ['merchantId', 'seq'])
@Index('orders_status_pay_deadline_idx', ['status', 'payDeadline'])
@Index('orders_source_id_idx', ['sourceId'])
@Index('orders_merchant_id_paid_at_idx', ['merchantId', 'paidAt'], { where: 'paid_at IS NOT NULL' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'orders_pkey' })
  id: string;

  /** Creation order: the stable key cursor paging walks. */
  @Index('orders_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  /** The number shown to people (date + random digits). */
  @Index('orders_no_key', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  no: string;

  /** The buyer's idempotency key: a retried create finds the order it made. */
  @Index('orders_request_id_key', { unique: true })
  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'orders_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'orders_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ type: 'varchar', length: 16 })
  status: OrderStatus;

  /** `mall`: priced from the catalogue; otherwise the activity (`source_id`) set the price. */
  @Column({ type: 'varchar', length: 16, default: 'mall' })
  source: OrderSource;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  /**
   * The order took its units from `goods_skus.stock` and gives them back when cancelled. False when an
   * activity keeps its own stock (a flash sale's units were set aside when the sale was created).
   */
  @Column({ name: 'holds_sku_stock', type: 'boolean', default: true })
  holdsSkuStock: boolean;

  @Column({ name: 'items_fen', type: 'bigint', transformer: bigintTransformer })
  itemsFen: number;

  @Column({ name: 'shipping_fen', type: 'bigint', transformer: bigintTransformer })
  shippingFen: number;

  @Column({ name: 'discount_fen', type: 'bigint', default: 0, transformer: bigintTransformer })
  discountFen: number;

  /** The coupon used on this order (its row in `coupons` says `used` with this order's id). */
  @Column({ name: 'coupon_id', type: 'uuid', nullable: true })
  couponId: string | null;

  @Column({ name: 'total_fen', type: 'bigint', transformer: bigintTransformer })
  totalFen: number;

  @Column({ name: 'refunded_fen', type: 'bigint', default: 0, transformer: bigintTransformer })
  refundedFen: number;

  @Column({ type: 'jsonb' })
  address: Record<string, string>;

  @Column({ name: 'pay_deadline', type: 'timestamptz' })
  payDeadline: Date;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId: string | null;

  @Column({ name: 'shipped_at', type: 'timestamptz', nullable: true })
  shippedAt: Date | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  carrier: string | null;

  @Column({ name: 'tracking_no', type: 'varchar', length: 40, nullable: true })
  trackingNo: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 16, nullable: true })
  cancelReason: CancelReason | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

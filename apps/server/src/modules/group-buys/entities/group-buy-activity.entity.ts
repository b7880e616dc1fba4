import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsSkuEntity } from '../../mall/entities/goods-sku.entity';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * A 拼团 offer on one SKU: its group price, how many seats make a group, how long a group has to fill and
 * how often one buyer may take part. Units come from the SKU's own stock, reserved by each seat's order.
 */
@Entity('group_buy_activities')
@Check('group_buy_activities_group_size_check', `"group_size" BETWEEN 2 AND 20`)
export class GroupBuyActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_buy_activities_pkey' })
  id: string;

  @Index('group_buy_activities_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'group_buy_activities_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => GoodsSkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id', foreignKeyConstraintName: 'group_buy_activities_sku_id_fkey' })
  sku?: GoodsSkuEntity;

  @Column({ name: 'group_price_fen', type: 'bigint', transformer: bigintTransformer })
  groupPriceFen: number;

  @Column({ name: 'group_size', type: 'integer' })
  groupSize: number;

  @Column({ name: 'time_limit_minutes', type: 'integer' })
  timeLimitMinutes: number;

  @Column({ name: 'per_user_limit', type: 'integer' })
  perUserLimit: number;

  /** 虚拟成团: an expiring group with a paid member is completed with virtual seats. */
  @Column({ name: 'virtual_fill', type: 'boolean', default: false })
  virtualFill: boolean;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Index('group_buy_activities_ends_at_idx')
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

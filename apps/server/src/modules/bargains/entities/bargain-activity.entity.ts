import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsSkuEntity } from '../../mall/entities/goods-sku.entity';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * A bargain (砍价) offer on one SKU: friends cut its price from `original_price_fen` (the SKU's price when
 * the activity was made, copied with its title and cover so the share page never changes under a buyer)
 * down to `floor_price_fen`, in `helpers_needed` cuts of at least 1 fen each.
 */
@Entity('bargain_activities')
@Index('bargain_activities_merchant_id_seq_idx', ['merchantId', 'seq'])
@Check('bargain_activities_price_check', `"floor_price_fen" > 0 AND "original_price_fen" - "floor_price_fen" >= "helpers_needed"`)
@Check('bargain_activities_helpers_needed_check', `"helpers_needed" BETWEEN 1 AND 50`)
export class BargainActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bargain_activities_pkey' })
  id: string;

  /** Creation order: the key the merchant's list pages by. */
  @Index('bargain_activities_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'bargain_activities_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => GoodsSkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id', foreignKeyConstraintName: 'bargain_activities_sku_id_fkey' })
  sku?: GoodsSkuEntity;

  @Column({ name: 'goods_title', type: 'varchar', length: 120 })
  goodsTitle: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  @Column({ name: 'spec_text', type: 'varchar', length: 200 })
  specText: string;

  @Column({ name: 'original_price_fen', type: 'bigint', transformer: bigintTransformer })
  originalPriceFen: number;

  @Column({ name: 'floor_price_fen', type: 'bigint', transformer: bigintTransformer })
  floorPriceFen: number;

  @Column({ name: 'helpers_needed', type: 'integer' })
  helpersNeeded: number;

  @Column({ name: 'time_limit_minutes', type: 'integer' })
  timeLimitMinutes: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** Set when the merchant stopped it: no new bargains from then on. */
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsSkuEntity } from '../../mall/entities/goods-sku.entity';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * A flash sale (秒杀): `total_units` of one SKU set aside from its stock when the sale is made, sold at
 * `sale_price_fen` between `starts_at` and `ends_at`. `units_left` is the truth in both modes: every order
 * takes its units here with one conditional UPDATE in the order's transaction (the CHECK is the last
 * guard), and a cancelled order gives them back. When the sale is over, `settled_at` is set once and the
 * units still left go back to the SKU (`units_returned`).
 */
@Entity('flash_sales')
@Index('flash_sales_merchant_id_created_at_idx', ['merchantId', 'createdAt'])
@Index('flash_sales_ends_at_idx', ['endsAt'])
@Check('flash_sales_units_left_check', `"units_left" >= 0 AND "units_left" <= "total_units"`)
@Check('flash_sales_window_check', `"ends_at" > "starts_at"`)
export class FlashSaleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'flash_sales_pkey' })
  id: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'flash_sales_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ name: 'sku_id', type: 'uuid' })
  skuId: string;

  @ManyToOne(() => GoodsSkuEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id', foreignKeyConstraintName: 'flash_sales_sku_id_fkey' })
  sku?: GoodsSkuEntity;

  /** Integer fen. */
  @Column({ name: 'sale_price_fen', type: 'bigint', transformer: bigintTransformer })
  salePriceFen: number;

  @Column({ name: 'total_units', type: 'integer' })
  totalUnits: number;

  @Column({ name: 'units_left', type: 'integer' })
  unitsLeft: number;

  @Column({ name: 'per_user_limit', type: 'integer' })
  perUserLimit: number;

  @Column({ name: 'pay_minutes', type: 'integer' })
  payMinutes: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The shop ended it early. */
  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;

  /** When the unsold units went back to the SKU; set once. */
  @Column({ name: 'settled_at', type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @Column({ name: 'units_returned', type: 'integer', nullable: true })
  unitsReturned: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

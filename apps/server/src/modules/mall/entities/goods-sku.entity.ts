import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsEntity } from './goods.entity';

/**
 * A sellable variant of a goods, holding its own price and stock. Orders refer to SKUs by id, so a SKU
 * is never deleted: an edit that drops it sets `on_sale` false. Orders take stock with a conditional
 * UPDATE; the CHECK is the last guard against selling below zero.
 */
@Entity('goods_skus')
@Index('goods_skus_goods_id_spec_key_key', ['goodsId', 'specKey'], { unique: true })
@Check('goods_skus_stock_check', `"stock" >= 0`)
export class GoodsSkuEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'goods_skus_pkey' })
  id: string;

  @Column({ name: 'goods_id', type: 'uuid' })
  goodsId: string;

  @ManyToOne(() => GoodsEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goods_id', foreignKeyConstraintName: 'goods_skus_goods_id_fkey' })
  goods?: GoodsEntity;

  /** One value per spec of the goods, in the specs' order; `[]` for goods without specs. */
  @Column({ name: 'spec_values', type: 'jsonb' })
  specValues: string[];

  /** `JSON.stringify(specValues)`: what an edit matches SKUs by, unique within a goods. */
  @Column({ name: 'spec_key', type: 'text' })
  specKey: string;

  /** Integer fen. */
  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintTransformer })
  priceFen: number;

  @Column({ name: 'original_price_fen', type: 'bigint', nullable: true, transformer: bigintTransformer })
  originalPriceFen: number | null;

  @Column({ type: 'integer', default: 0 })
  stock: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  code: string | null;

  @Column({ name: 'on_sale', type: 'boolean', default: true })
  onSale: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import type { Spec } from '@livemall/shared';
import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';
import { CategoryEntity } from './category.entity';

/**
 * A goods of a shop. Price and stock live on its SKUs (`goods_skus`); `price_fen` keeps the lowest on-sale
 * SKU price (with that SKU's original price), maintained on save, so the waterfall can sort by it.
 */
@Entity('goods')
@Index('goods_price_fen_seq_idx', ['priceFen', 'seq'])
@Index('goods_sales_seq_idx', ['sales', 'seq'])
export class GoodsEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'goods_pkey' })
  id: string;

  /** Insertion order: the stable tie-breaker that cursor paging walks. */
  @Index('goods_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  @Index('goods_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'goods_merchant_id_fkey' })
  merchant?: MerchantEntity;

  /** Searched with ILIKE '%q%', which the trigram index (migration only: a GIN index TypeORM cannot describe) serves. */
  @Index('goods_title_trgm_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Index('goods_category_id_idx')
  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => CategoryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'goods_category_id_fkey' })
  category?: CategoryEntity;

  /** The first image; what cards and live-room pushes show. */
  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  images: string[];

  @Column({ name: 'video_url', type: 'varchar', length: 512, nullable: true })
  videoUrl: string | null;

  /** Sanitised when saved. */
  @Column({ name: 'description_html', type: 'text', default: '' })
  descriptionHtml: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  specs: Spec[];

  /** Integer fen: the lowest price of its on-sale SKUs. */
  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintTransformer })
  priceFen: number;

  /** The original (crossed-out) price of that cheapest SKU. */
  @Column({ name: 'original_price_fen', type: 'bigint', nullable: true, transformer: bigintTransformer })
  originalPriceFen: number | null;

  /** Units sold; orders add to it. */
  @Column({ type: 'integer', default: 0 })
  sales: number;

  @Column({ name: 'on_shelf', type: 'boolean', default: true })
  onShelf: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

@Entity('goods')
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

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  /** Integer fen. */
  @Column({ name: 'price_fen', type: 'bigint', transformer: bigintTransformer })
  priceFen: number;

  @Column({ type: 'integer', default: 0 })
  stock: number;

  @Column({ name: 'on_shelf', type: 'boolean', default: true })
  onShelf: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

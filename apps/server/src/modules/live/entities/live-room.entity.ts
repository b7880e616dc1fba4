import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { LiveRoomStatus } from '@livemall/shared';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { GoodsEntity } from '../../mall/entities/goods.entity';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

@Entity('live_rooms')
export class LiveRoomEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'live_rooms_pkey' })
  id: string;

  /** Insertion order: the stable tie-breaker that cursor paging walks. */
  @Index('live_rooms_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  @Index('live_rooms_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'live_rooms_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  @Column({ name: 'anchor_name', type: 'varchar', length: 64 })
  anchorName: string;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: LiveRoomStatus;

  @Column({ name: 'scheduled_at', type: 'timestamptz', nullable: true })
  scheduledAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Likes are counted in memory per instance and added here in batches; this is the room's total. */
  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  likes: number;

  /** The goods card shown to everyone who joins, set by the last pinned product push. */
  @Column({ name: 'pinned_goods_id', type: 'uuid', nullable: true })
  pinnedGoodsId: string | null;

  @ManyToOne(() => GoodsEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'pinned_goods_id', foreignKeyConstraintName: 'live_rooms_pinned_goods_id_fkey' })
  pinnedGoods?: GoodsEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * An article or short video of a shop. An article has a plain-text body and no video; a video has a URL
 * and no body (the check keeps them apart). `publish_seq` is drawn from a sequence at the first publish
 * and kept after that, so the feed's order never changes under a scrolling viewer.
 */
@Entity('contents')
@Check('contents_kind_check', `"kind" IN ('article', 'video')`)
@Check('contents_status_check', `"status" IN ('draft', 'published')`)
@Check('contents_kind_payload_check', `("kind" = 'article' AND "body" IS NOT NULL AND "video_url" IS NULL) OR ("kind" = 'video' AND "video_url" IS NOT NULL AND "body" IS NULL)`)
@Index('contents_merchant_id_seq_idx', ['merchantId', 'seq'])
export class ContentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'contents_pkey' })
  id: string;

  /** Creation order: what the merchant's own list pages by. */
  @Index('contents_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'contents_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  summary: string | null;

  @Column({ name: 'cover_url', type: 'varchar', length: 512, nullable: true })
  coverUrl: string | null;

  /** Plain text: clients render it as text, never as HTML. */
  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'video_url', type: 'varchar', length: 512, nullable: true })
  videoUrl: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: string;

  /** The feed's order (newest published first); null until first published. */
  @Index('contents_publish_seq_key', { unique: true })
  @Column({ name: 'publish_seq', type: 'bigint', nullable: true, transformer: bigintTransformer })
  publishSeq: number | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'view_count', type: 'bigint', default: 0, transformer: bigintTransformer })
  viewCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

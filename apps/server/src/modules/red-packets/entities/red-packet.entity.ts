import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { RedPacketStatus, RedPacketType } from '@livemall/shared';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { LiveRoomEntity } from '../../live/entities/live-room.entity';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/**
 * The article's packet table, completed. `remaining_*` only ever go down, in the grab statement; the
 * escrow wallet holds the money. `seed` stays on the server until the packet is over.
 */
@Entity('red_packets')
@Index('red_packets_room_id_idx', ['roomId', 'createdAt'])
@Index('red_packets_status_valid_until_idx', ['status', 'validUntil'])
@Check('red_packets_remaining_check', `"remaining_count" >= 0 AND "remaining_amount" >= 0 AND "remaining_count" <= "total_count" AND "remaining_amount" <= "total_amount"`)
export class RedPacketEntity {
  /** The creator's request id: a retried create finds this row instead of making a second packet. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'red_packets_pkey' })
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'red_packets_room_id_fkey' })
  room?: LiveRoomEntity;

  @Index('red_packets_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'red_packets_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ name: 'anchor_name', type: 'varchar', length: 64 })
  anchorName: string;

  @Column({ name: 'anchor_avatar_url', type: 'varchar', length: 512, nullable: true })
  anchorAvatarUrl: string | null;

  @Column({ type: 'varchar', length: 40 })
  slogan: string;

  @Column({ type: 'varchar', length: 8 })
  type: RedPacketType;

  @Column({ name: 'total_amount', type: 'bigint', transformer: bigintTransformer })
  totalAmount: number;

  @Column({ name: 'total_count', type: 'integer' })
  totalCount: number;

  @Column({ name: 'remaining_amount', type: 'bigint', transformer: bigintTransformer })
  remainingAmount: number;

  @Column({ name: 'remaining_count', type: 'integer' })
  remainingCount: number;

  @Column({ name: 'min_share', type: 'bigint', transformer: bigintTransformer })
  minShare: number;

  @Column({ name: 'max_share', type: 'bigint', transformer: bigintTransformer })
  maxShare: number;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ type: 'varchar', length: 16 })
  status: RedPacketStatus;

  @Column({ name: 'seed_commitment', type: 'char', length: 64 })
  seedCommitment: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  /** SHA-256 of the create request, to tell a retry from a different request reusing the id. */
  @Column({ name: 'request_fingerprint', type: 'char', length: 64 })
  requestFingerprint: string;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** For merchant edits (optimistic locking); grabs never touch it. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

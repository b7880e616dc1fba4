import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { GiftId, PayWith } from '@livemall/shared';
import { bigintTransformer } from '../../../../database/bigint.transformer';
import { LiveRoomEntity } from '../../entities/live-room.entity';

/** A gift sent in a room. The id is the sender's request id, so a retried request sends once. */
@Entity('live_gifts')
@Index('live_gifts_room_id_created_at_idx', ['roomId', 'createdAt'])
export class LiveGiftEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'live_gifts_pkey' })
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_gifts_room_id_fkey' })
  room?: LiveRoomEntity;

  @Index('live_gifts_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'gift_id', type: 'varchar', length: 16 })
  giftId: GiftId;

  @Column({ name: 'pay_with', type: 'varchar', length: 8 })
  payWith: PayWith;

  /** In fen when paid from the wallet, in points when paid with points. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  price: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

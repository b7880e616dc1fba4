import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LiveRoomEntity } from './live-room.entity';

/** A comment as the room saw it (after masking), kept for moderation and analytics. Written in batches. */
@Entity('live_comments')
@Index('live_comments_room_id_created_at_idx', ['roomId', 'createdAt'])
export class LiveCommentEntity {
  /** Made by the server when the comment is accepted, so the room and the database agree on it. */
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'live_comments_pkey' })
  id: string;

  @Column({ name: 'room_id', type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_comments_room_id_fkey' })
  room?: LiveRoomEntity;

  @Index('live_comments_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 64 })
  nickname: string;

  @Column({ type: 'varchar', length: 100 })
  text: string;

  /** Whether the sensitive-word filter masked part of it. */
  @Column({ name: 'masked', type: 'boolean', default: false })
  masked: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { LiveRoomEntity } from '../../live/entities/live-room.entity';

/** A live room a user follows: one row per user and room, so following twice is a no-op. */
@Entity('followed_rooms')
@Index('followed_rooms_user_created_idx', ['userId', 'createdAt'])
export class FollowedRoomEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'followed_rooms_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'followed_rooms_user_id_fkey' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'room_id', type: 'uuid', primaryKeyConstraintName: 'followed_rooms_pkey' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'followed_rooms_room_id_fkey' })
  room?: LiveRoomEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

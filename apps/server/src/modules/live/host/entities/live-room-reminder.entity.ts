import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../../users/entities/user.entity';
import { LiveRoomEntity } from '../../entities/live-room.entity';

/** A viewer who asked to be told when a room starts. One row per viewer and room: asking twice is a no-op. */
@Entity('live_room_reminders')
export class LiveRoomReminderEntity {
  @PrimaryColumn({ name: 'room_id', type: 'uuid', primaryKeyConstraintName: 'live_room_reminders_pkey' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_room_reminders_room_id_fkey' })
  room?: LiveRoomEntity;

  /** Indexed on its own for "my reminders"; the primary key serves a room's count. */
  @Index('live_room_reminders_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'live_room_reminders_pkey' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'live_room_reminders_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

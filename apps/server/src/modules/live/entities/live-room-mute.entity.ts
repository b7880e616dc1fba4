import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { LiveRoomEntity } from './live-room.entity';

/** A viewer who may not comment in a room until `until` (far future for a ban, which also sets `banned`). */
@Entity('live_room_mutes')
export class LiveRoomMuteEntity {
  @PrimaryColumn({ name: 'room_id', type: 'uuid', primaryKeyConstraintName: 'live_room_mutes_pkey' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'live_room_mutes_room_id_fkey' })
  room?: LiveRoomEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'live_room_mutes_pkey' })
  userId: string;

  @Column({ type: 'timestamptz' })
  until: Date;

  /** A ban rather than a mute: the viewer is also kept out of the room and cannot send gifts. */
  @Column({ type: 'boolean', default: false })
  banned: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

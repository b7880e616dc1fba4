import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@livemall/shared';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * The in-app inbox. One row per user and event key (`shipped:<orderId>`, `room_live:<roomId>`…), so an
 * event told twice — a retried job, two instances — notifies once. `data` keeps what the push providers
 * need to send the same notice later (a delivery job reads it).
 */
@Entity('notifications')
@Index('notifications_user_id_event_key_key', ['userId', 'eventKey'], { unique: true })
@Index('notifications_user_id_created_at_idx', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notifications_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ name: 'event_key', type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 256 })
  body: string;

  @Column({ type: 'varchar', length: 512, nullable: true })
  link: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, string>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

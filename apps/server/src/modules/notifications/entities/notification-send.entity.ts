import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One push of one event to one user through one channel, claimed (`pending`) BEFORE the provider is
 * called: whoever inserts the row sends, everyone else skips, so a retried event never sends twice.
 * A send that crashed mid-way stays `pending` (unknown outcome: not retried, at most once).
 */
@Entity('notification_sends')
@Index('notification_sends_user_id_event_key_channel_key', ['userId', 'eventKey', 'channel'], { unique: true })
@Check('notification_sends_status_check', `"status" IN ('pending', 'sent', 'failed')`)
export class NotificationSendEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'notification_sends_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_sends_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'event_key', type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ name: 'template_id', type: 'varchar', length: 128 })
  templateId: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: 'pending' | 'sent' | 'failed';

  @Column({ type: 'varchar', length: 200, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

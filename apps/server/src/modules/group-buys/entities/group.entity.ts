import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { GroupBuyActivityEntity } from './group-buy-activity.entity';

/**
 * One group of an activity. Its row is the lock every seat change takes, so seats are counted and the
 * status moves under it; `status` leaves `forming`/`open` exactly once (a conditional update).
 */
@Entity('group_buy_groups')
@Index('group_buy_groups_activity_id_status_idx', ['activityId', 'status'])
@Index('group_buy_groups_status_expires_at_idx', ['status', 'expiresAt'])
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_buy_groups_pkey' })
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => GroupBuyActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'group_buy_groups_activity_id_fkey' })
  activity?: GroupBuyActivityEntity;

  @Column({ name: 'starter_id', type: 'uuid' })
  starterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'starter_id', foreignKeyConstraintName: 'group_buy_groups_starter_id_fkey' })
  starter?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  status: 'forming' | 'open' | 'succeeded' | 'failed';

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

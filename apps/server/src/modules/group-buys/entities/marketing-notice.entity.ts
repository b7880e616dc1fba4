import type { MarketingNoticeKind } from '@livemall/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * An outbox of notices for buyers (a group they are in succeeded), written in the transaction of the
 * event; the unique key makes a repeated event write nothing. Delivery (subscribe messages) reads it.
 */
@Entity('marketing_notices')
@Index('marketing_notices_user_id_kind_ref_id_key', ['userId', 'kind', 'refId'], { unique: true })
export class MarketingNoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'marketing_notices_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'marketing_notices_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: MarketingNoticeKind;

  @Column({ name: 'ref_id', type: 'uuid' })
  refId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

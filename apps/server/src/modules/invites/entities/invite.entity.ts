import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * Who invited whom: one row per invitee (the key makes binding once-only). `rewarded_at` is set by the
 * payment that earned the inviter `reward_points`.
 */
@Entity('invites')
@Index('invites_inviter_id_idx', ['inviterId'])
@Check('invites_not_self_check', `"invitee_id" <> "inviter_id"`)
export class InviteEntity {
  @PrimaryColumn({ name: 'invitee_id', type: 'uuid', primaryKeyConstraintName: 'invites_pkey' })
  inviteeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitee_id', foreignKeyConstraintName: 'invites_invitee_id_fkey' })
  invitee?: UserEntity;

  @Column({ name: 'inviter_id', type: 'uuid' })
  inviterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inviter_id', foreignKeyConstraintName: 'invites_inviter_id_fkey' })
  inviter?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'rewarded_at', type: 'timestamptz', nullable: true })
  rewardedAt: Date | null;

  /** The order whose payment earned the reward. */
  @Column({ name: 'reward_order_id', type: 'uuid', nullable: true })
  rewardOrderId: string | null;

  @Column({ name: 'reward_points', type: 'integer', default: 0 })
  rewardPoints: number;
}

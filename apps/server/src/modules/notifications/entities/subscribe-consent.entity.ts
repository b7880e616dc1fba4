import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * How many WeChat subscribe messages of one template we may still send a user: each "accept" in
 * `requestSubscribeMessage` adds one, each send spends one (a conditional UPDATE, never below zero).
 */
@Entity('subscribe_consents')
@Check('subscribe_consents_remaining_check', `"remaining" >= 0`)
export class SubscribeConsentEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'subscribe_consents_pkey' })
  userId: string;

  @PrimaryColumn({ name: 'template_id', type: 'varchar', length: 128, primaryKeyConstraintName: 'subscribe_consents_pkey' })
  templateId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'subscribe_consents_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'integer', default: 0 })
  remaining: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

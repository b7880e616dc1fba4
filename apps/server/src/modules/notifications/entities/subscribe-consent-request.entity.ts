import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/** A recorded `POST /me/subscriptions`, by request id: a retried request adds no consents. */
@Entity('subscribe_consent_requests')
export class SubscribeConsentRequestEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'subscribe_consent_requests_pkey' })
  userId: string;

  @PrimaryColumn({ name: 'request_id', type: 'uuid', primaryKeyConstraintName: 'subscribe_consent_requests_pkey' })
  requestId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'subscribe_consent_requests_user_id_fkey' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

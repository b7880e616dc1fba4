import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * One credit of growth value. The key (`order:<orderId>`) is the primary key, so an order completed twice
 * (or heard twice) earns growth once. A user's growth is the sum of their rows.
 */
@Entity('member_growth')
export class MemberGrowthEntity {
  @PrimaryColumn({ type: 'varchar', length: 80, primaryKeyConstraintName: 'member_growth_pkey' })
  key: string;

  @Index('member_growth_user_id_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'member_growth_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'integer' })
  amount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrderEntity } from '../../orders/entities/order.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { GroupEntity } from './group.entity';

/**
 * A seat in a group: `pending` while its order waits for payment, `paid` once it holds the seat,
 * `refunded` when the group failed and the money went back. A pending seat whose order is cancelled (or
 * that lost the race for the last seat) is deleted. A virtual seat (虚拟成团) has no user and no order.
 */
@Entity('group_buy_members')
@Index('group_buy_members_group_id_user_id_key', ['groupId', 'userId'], { unique: true })
@Index('group_buy_members_user_id_idx', ['userId'])
export class GroupMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'group_buy_members_pkey' })
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'group_buy_members_group_id_fkey' })
  group?: GroupEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'group_buy_members_user_id_fkey' })
  user?: UserEntity;

  @Index('group_buy_members_order_id_key', { unique: true })
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @ManyToOne(() => OrderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'group_buy_members_order_id_fkey' })
  order?: OrderEntity;

  @Column({ name: 'is_starter', type: 'boolean', default: false })
  isStarter: boolean;

  @Column({ type: 'boolean', default: false })
  virtual: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: 'pending' | 'paid' | 'refunded';

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

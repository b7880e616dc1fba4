import type { BargainStatus } from '@livemall/shared';
import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { UserEntity } from '../../users/entities/user.entity';
import { BargainActivityEntity } from './bargain-activity.entity';

/**
 * One user's bargain on an activity. `helpers_done` is the next share's seq: a help is the one conditional
 * UPDATE that takes share `helpers_done` and lowers `current_price_fen` by it. One live (not expired)
 * bargain per user per activity, by the partial unique key.
 */
@Entity('bargains')
@Index('bargains_activity_user_live_key', ['activityId', 'userId'], { unique: true, where: `"status" <> 'expired'` })
@Index('bargains_user_id_seq_idx', ['userId', 'seq'])
@Check('bargains_status_check', `"status" IN ('open', 'floor_reached', 'ordered', 'expired')`)
@Check('bargains_progress_check', `"helpers_done" BETWEEN 0 AND "helpers_needed" AND "current_price_fen" >= "floor_price_fen" AND "current_price_fen" <= "original_price_fen"`)
export class BargainEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bargains_pkey' })
  id: string;

  /** Creation order: the key "my bargains" pages by. */
  @Index('bargains_seq_key', { unique: true })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  @Generated('increment')
  seq: number;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ManyToOne(() => BargainActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'bargains_activity_id_fkey' })
  activity?: BargainActivityEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'bargains_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'original_price_fen', type: 'bigint', transformer: bigintTransformer })
  originalPriceFen: number;

  @Column({ name: 'floor_price_fen', type: 'bigint', transformer: bigintTransformer })
  floorPriceFen: number;

  @Column({ name: 'current_price_fen', type: 'bigint', transformer: bigintTransformer })
  currentPriceFen: number;

  @Column({ name: 'helpers_needed', type: 'integer' })
  helpersNeeded: number;

  @Column({ name: 'helpers_done', type: 'integer', default: 0 })
  helpersDone: number;

  @Column({ type: 'varchar', length: 16 })
  status: BargainStatus;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** The order it is bought with while `ordered`. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

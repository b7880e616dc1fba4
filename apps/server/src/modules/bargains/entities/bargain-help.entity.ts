import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { UserEntity } from '../../users/entities/user.entity';
import { BargainEntity } from './bargain.entity';

/** A friend's cut. One per (bargain, user) and one per (bargain, seq): nobody twice, no share twice. */
@Entity('bargain_helps')
@Index('bargain_helps_bargain_user_key', ['bargainId', 'userId'], { unique: true })
@Index('bargain_helps_bargain_seq_key', ['bargainId', 'seq'], { unique: true })
@Index('bargain_helps_user_id_idx', ['userId'])
export class BargainHelpEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'bargain_helps_pkey' })
  id: string;

  @Column({ name: 'bargain_id', type: 'uuid' })
  bargainId: string;

  @ManyToOne(() => BargainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bargain_id', foreignKeyConstraintName: 'bargain_helps_bargain_id_fkey' })
  bargain?: BargainEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'bargain_helps_user_id_fkey' })
  user?: UserEntity;

  /** As the helper was called when they helped. */
  @Column({ type: 'varchar', length: 64 })
  nickname: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 512, nullable: true })
  avatarUrl: string | null;

  @Column({ name: 'cut_fen', type: 'bigint', transformer: bigintTransformer })
  cutFen: number;

  @Column({ type: 'integer' })
  seq: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

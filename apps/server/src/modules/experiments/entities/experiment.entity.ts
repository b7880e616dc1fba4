import type { ExperimentVariant } from '@livemall/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/** An A/B experiment a shop runs; its key is global because clients ask for it by key alone. */
@Entity('experiments')
@Check('experiments_status_check', `"status" IN ('draft', 'running', 'stopped')`)
@Check('experiments_targeting_check', `"targeting" IN ('all', 'new_users')`)
export class ExperimentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'experiments_pkey' })
  id: string;

  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'experiments_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Index('experiments_key_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'jsonb' })
  variants: ExperimentVariant[];

  @Column({ type: 'varchar', length: 16 })
  targeting: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'stopped_at', type: 'timestamptz', nullable: true })
  stoppedAt: Date | null;
}

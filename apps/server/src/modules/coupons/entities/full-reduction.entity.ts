import type { FullReductionTier } from '@livemall/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../../merchants/entities/merchant.entity';

/** A shop's 满减: tiers of amount off by items subtotal, during a window, until stopped. */
@Entity('full_reductions')
export class FullReductionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'full_reductions_pkey' })
  id: string;

  @Index('full_reductions_merchant_id_idx')
  @Column({ name: 'merchant_id', type: 'uuid' })
  merchantId: string;

  @ManyToOne(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merchant_id', foreignKeyConstraintName: 'full_reductions_merchant_id_fkey' })
  merchant?: MerchantEntity;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'jsonb' })
  tiers: FullReductionTier[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

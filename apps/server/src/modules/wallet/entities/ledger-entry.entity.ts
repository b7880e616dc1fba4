import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerReason } from '@livemall/shared';
import { bigintTransformer } from '../../../database/bigint.transformer';
import { WalletEntity } from './wallet.entity';

/**
 * Append-only. A movement is two rows with one idempotency key (a debit and a credit of the same amount),
 * so the sum of all deltas is zero and a retried movement hits the unique key instead of moving twice.
 */
@Entity('ledger_entries')
@Index('ledger_entries_key_leg_key', ['idempotencyKey', 'leg'], { unique: true })
@Index('ledger_entries_wallet_id_idx', ['walletId', 'id'])
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'ledger_entries_pkey' })
  id: string;

  @Column({ name: 'wallet_id', type: 'uuid' })
  walletId: string;

  @ManyToOne(() => WalletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wallet_id', foreignKeyConstraintName: 'ledger_entries_wallet_id_fkey' })
  wallet?: WalletEntity;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  delta: number;

  @Column({ type: 'varchar', length: 32 })
  reason: LedgerReason;

  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 128 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 8 })
  leg: 'debit' | 'credit';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

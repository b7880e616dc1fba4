import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../database/bigint.transformer';

/** `system` is where top-ups come from (it goes negative); `escrow` holds one red packet's money. */
/** `points`: a user's points, a separate balance from their money (fen). */
export type WalletOwnerType = 'user' | 'merchant' | 'escrow' | 'system' | 'points';

/**
 * A balance, kept in step with `ledger_entries` in the same transaction. Only the system wallet may go
 * below zero: the database refuses any other overdraft, whatever the code does.
 */
@Entity('wallets')
@Index('wallets_owner_key', ['ownerType', 'ownerId'], { unique: true })
@Check('wallets_balance_check', `"owner_type" = 'system' OR "balance" >= 0`)
export class WalletEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'wallets_pkey' })
  id: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 16 })
  ownerType: WalletOwnerType;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  balance: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

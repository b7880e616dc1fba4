import { Injectable } from '@nestjs/common';
import type { LedgerReason } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { WalletOwnerType } from './entities/wallet.entity';

export const SYSTEM_WALLET_OWNER = '00000000-0000-0000-0000-000000000000';

export interface Movement {
  from: string;
  to: string;
  amount: number;
  reason: LedgerReason;
  reference: string;
  /** Unique per movement: a retry with the same key moves nothing. */
  key: string;
}

export interface LedgerRow {
  id: string;
  delta: number;
  reason: LedgerReason;
  reference: string;
  createdAt: Date;
}

/** Balances and the ledger. Every method takes the transaction it must run in, if any. */
@Injectable()
export class WalletRepository {
  constructor(private readonly db: DataSource) {}

  /** The wallet of an owner, created empty on first use. */
  async ensure(owner: WalletOwnerType, ownerId: string, m: EntityManager = this.db.manager): Promise<string> {
    const rows: Array<{ id: string }> = await m.query(
      `WITH ins AS (INSERT INTO wallets (owner_type, owner_id) VALUES ($1, $2) ON CONFLICT (owner_type, owner_id) DO NOTHING RETURNING id)
       SELECT id FROM ins UNION ALL SELECT id FROM wallets WHERE owner_type = $1 AND owner_id = $2 LIMIT 1`,
      [owner, ownerId],
    );
    // A concurrent first use inserted it after this statement's snapshot was taken: a new statement sees it.
    const id = rows[0]?.id ?? ((await m.query(`SELECT id FROM wallets WHERE owner_type = $1 AND owner_id = $2`, [owner, ownerId])) as Array<{ id: string }>)[0]?.id;
    if (!id) throw new Error(`wallet ${owner}/${ownerId} could not be created`);
    return id;
  }

  async balanceOf(owner: WalletOwnerType, ownerId: string, m: EntityManager = this.db.manager): Promise<number> {
    const rows: Array<{ balance: string }> = await m.query(`SELECT balance FROM wallets WHERE owner_type = $1 AND owner_id = $2`, [owner, ownerId]);
    return rows[0] ? Number(rows[0].balance) : 0;
  }

  /**
   * Moves money inside the caller's transaction: two ledger rows and two balance updates. Returns false
   * when the key was used before (nothing moved), throws `InsufficientBalance` if the payer is short.
   */
  async move(m: EntityManager, mv: Movement): Promise<boolean> {
    const legs: unknown[] = await m.query(
      `INSERT INTO ledger_entries (wallet_id, delta, reason, reference, idempotency_key, leg)
       VALUES ($1, -$3::bigint, $4, $5, $6, 'debit'), ($2, $3::bigint, $4, $5, $6, 'credit')
       ON CONFLICT (idempotency_key, leg) DO NOTHING RETURNING id`,
      [mv.from, mv.to, mv.amount, mv.reason, mv.reference, mv.key],
    );
    if (legs.length === 0) return false;
    const debited: unknown[] = await m.query(
      `UPDATE wallets SET balance = balance - $2::bigint, updated_at = now()
        WHERE id = $1 AND (owner_type = 'system' OR balance >= $2::bigint) RETURNING id`,
      [mv.from, mv.amount],
    );
    if (flatten(debited).length === 0) throw new InsufficientBalance();
    await m.query(`UPDATE wallets SET balance = balance + $2::bigint, updated_at = now() WHERE id = $1`, [mv.to, mv.amount]);
    return true;
  }

  /** A wallet's history, newest first; `beforeId` continues a page. */
  async history(owner: WalletOwnerType, ownerId: string, beforeId: string | undefined, take: number): Promise<LedgerRow[]> {
    const rows: Array<{ id: string; delta: string; reason: LedgerReason; reference: string; created_at: Date }> = await this.db.query(
      `SELECT e.id, e.delta, e.reason, e.reference, e.created_at FROM ledger_entries e
         JOIN wallets w ON w.id = e.wallet_id
        WHERE w.owner_type = $1 AND w.owner_id = $2 AND ($3::bigint IS NULL OR e.id < $3::bigint)
        ORDER BY e.id DESC LIMIT $4`,
      [owner, ownerId, beforeId ?? null, take],
    );
    return rows.map((r) => ({ id: r.id, delta: Number(r.delta), reason: r.reason, reference: r.reference, createdAt: r.created_at }));
  }

  runInTransaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

export class InsufficientBalance extends Error {
  constructor() {
    super('insufficient balance');
    this.name = 'InsufficientBalance';
  }
}

// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
function flatten(result: unknown[]): unknown[] {
  return Array.isArray(result[0]) ? (result[0] as unknown[]) : result;
}

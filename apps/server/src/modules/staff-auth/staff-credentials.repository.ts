import { Injectable } from '@nestjs/common';
import type { StaffProfile } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { uniqueViolation } from '../red-packets/grab/grab-writer.repository';

/** Wrong passwords allowed within the window before the login locks, and for how long it locks. */
export const LOCKOUT = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 } as const;

export type StoredCredential = { userId: string; passwordHash: string; locked: boolean; lockedUntil: Date | null };
type CredentialRow = { user_id: string; password_hash: string; locked: boolean; locked_until: Date | null };
const toCredential = (r: CredentialRow): StoredCredential => ({ userId: r.user_id, passwordHash: r.password_hash, locked: r.locked, lockedUntil: r.locked_until });

// The lock is judged by the database clock so every instance agrees.
const SELECT_CREDENTIAL = `SELECT user_id, password_hash, locked_until, coalesce(locked_until > now(), false) AS locked FROM staff_credentials`;
const NOT_LOCKED = `(locked_until IS NULL OR locked_until <= now())`;
// TypeORM's postgres driver answers an UPDATE with [rows, affected]; an INSERT … RETURNING with the rows.

@Injectable()
export class StaffCredentialsRepository {
  constructor(private readonly db: DataSource) {}

  async findByLogin(login: string): Promise<StoredCredential | null> {
    const [row]: CredentialRow[] = await this.db.query(`${SELECT_CREDENTIAL} WHERE login = $1`, [login]);
    return row ? toCredential(row) : null;
  }

  async findByUser(userId: string): Promise<StoredCredential | null> {
    const [row]: CredentialRow[] = await this.db.query(`${SELECT_CREDENTIAL} WHERE user_id = $1`, [userId]);
    return row ? toCredential(row) : null;
  }

  /**
   * Counts one wrong password in one statement, locking at the limit. Concurrent failures queue on the row
   * lock and each sees the count the previous one wrote, so none is lost; once locked, late ones are not
   * counted: 'locked' means this failure found the login already locked (the fifth failure itself is 'counted').
   */
  async recordFailure(userId: string): Promise<'counted' | 'locked'> {
    const inWindow = `failed_since > now() - $2 * interval '1 second'`;
    const next = `CASE WHEN ${inWindow} THEN failed_count + 1 ELSE 1 END`;
    const [, affected]: [unknown[], number] = await this.db.query(
      `UPDATE staff_credentials SET
         failed_count = ${next},
         failed_since = CASE WHEN ${inWindow} THEN failed_since ELSE now() END,
         locked_until = CASE WHEN ${next} >= $3 THEN now() + $4 * interval '1 second' ELSE locked_until END
       WHERE user_id = $1 AND ${NOT_LOCKED}`,
      [userId, LOCKOUT.windowSeconds, LOCKOUT.maxFailures, LOCKOUT.lockSeconds],
    );
    return affected > 0 ? 'counted' : 'locked';
  }

  /** A right password forgets earlier failures; false when the login was locked meanwhile. */
  async recordSuccess(userId: string): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.db.query(
      `UPDATE staff_credentials SET failed_count = 0, failed_since = NULL, locked_until = NULL WHERE user_id = $1 AND ${NOT_LOCKED}`,
      [userId],
    );
    return affected > 0;
  }

  /**
   * Sets the login and hash: a first one only if there is still none, a change only if the hash is still
   * `previousHash` (so two concurrent changes cannot both pass the current-password check).
   * 'taken' when another user has the login, 'stale' when the credential changed under us.
   */
  async save(userId: string, login: string, hash: string, previousHash: string | null): Promise<'saved' | 'taken' | 'stale'> {
    try {
      const written =
        previousHash === null
          ? ((await this.db.query(`INSERT INTO staff_credentials (user_id, login, password_hash) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING RETURNING 1`, [userId, login, hash])) as unknown[]).length
          : ((await this.db.query(
              `UPDATE staff_credentials SET login = $2, password_hash = $3, failed_count = 0, failed_since = NULL, updated_at = now() WHERE user_id = $1 AND password_hash = $4`,
              [userId, login, hash, previousHash],
            )) as [unknown[], number])[1];
      return written > 0 ? 'saved' : 'stale';
    } catch (error) {
      if (uniqueViolation(error) === 'staff_credentials_login_key') return 'taken';
      throw error;
    }
  }

  /**
   * The shop the user works for: the one they own, else the one they have assisted longest. Null when they
   * neither own nor assist a shop.
   */
  async profile(userId: string): Promise<StaffProfile | null> {
    const [row]: Array<{ user_id: string; nickname: string; merchant_id: string; merchant_name: string; role: 'owner' | 'assistant'; login: string | null }> =
      await this.db.query(
        `SELECT u.id AS user_id, u.nickname, w.merchant_id, m.name AS merchant_name, w.role, c.login
           FROM users u
           JOIN (SELECT id AS merchant_id, 'owner' AS role, 0 AS rank, created_at FROM merchants WHERE owner_user_id = $1
                 UNION ALL
                 SELECT merchant_id, 'assistant', 1, created_at FROM merchant_staff WHERE user_id = $1) w ON true
           JOIN merchants m ON m.id = w.merchant_id
           LEFT JOIN staff_credentials c ON c.user_id = u.id
          WHERE u.id = $1
          ORDER BY w.rank, w.created_at
          LIMIT 1`,
        [userId],
      );
    return row
      ? { userId: row.user_id, nickname: row.nickname, merchantId: row.merchant_id, merchantName: row.merchant_name, role: row.role, login: row.login }
      : null;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Thrown inside a claim to roll back the consent it spent: the send was claimed by someone else. */
class AlreadyClaimed extends Error {}

export type SendClaim = { claimed: string } | { skipped: 'no_consent' | 'already_claimed' };

/** WeChat subscribe-message consents (one send each) and the claimed sends that spend them. */
@Injectable()
export class SubscriptionsRepository {
  constructor(private readonly db: DataSource) {}

  /** Adds one consent per accepted template, once per request id. */
  async addConsents(userId: string, requestId: string, templateIds: readonly string[]): Promise<void> {
    await this.db.transaction(async (m) => {
      const fresh: unknown[] = await m.query(
        `INSERT INTO subscribe_consent_requests (user_id, request_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING request_id`,
        [userId, requestId],
      );
      if (fresh.length === 0 || templateIds.length === 0) return;
      await m.query(
        `INSERT INTO subscribe_consents (user_id, template_id, remaining) SELECT $1, t, count(*) FROM unnest($2::varchar[]) AS t GROUP BY t
         ON CONFLICT (user_id, template_id) DO UPDATE SET remaining = subscribe_consents.remaining + EXCLUDED.remaining, updated_at = now()`,
        [userId, templateIds],
      );
    });
  }

  async balance(userId: string): Promise<Array<{ templateId: string; remaining: number }>> {
    const rows: Array<{ template_id: string; remaining: number }> = await this.db.query(
      `SELECT template_id, remaining FROM subscribe_consents WHERE user_id = $1 ORDER BY template_id`,
      [userId],
    );
    return rows.map((r) => ({ templateId: r.template_id, remaining: r.remaining }));
  }

  /**
   * Spends one consent and claims the send of this event, together or not at all. The consent row is
   * locked first, so two events racing for the last consent get one send; the claim's unique key makes
   * the same event told twice (even at once) claim once, and the loser's spent consent rolls back.
   */
  async claimSend(userId: string, eventKey: string, channel: string, templateId: string): Promise<SendClaim> {
    try {
      return await this.db.transaction(async (m): Promise<SendClaim> => {
        const [, spent] = await m.query(
          `UPDATE subscribe_consents SET remaining = remaining - 1, updated_at = now() WHERE user_id = $1 AND template_id = $2 AND remaining > 0`,
          [userId, templateId],
        );
        if (Number(spent) === 0) return { skipped: 'no_consent' };
        const [row]: Array<{ id: string }> = await m.query(
          `INSERT INTO notification_sends (user_id, event_key, channel, template_id) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, event_key, channel) DO NOTHING RETURNING id`,
          [userId, eventKey, channel, templateId],
        );
        if (!row) throw new AlreadyClaimed();
        return { claimed: row.id };
      });
    } catch (error) {
      if (error instanceof AlreadyClaimed) return { skipped: 'already_claimed' };
      throw error;
    }
  }

  /** Whether this event was already claimed for the channel (a retried event skips before spending). */
  async claimed(userId: string, eventKey: string, channel: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM notification_sends WHERE user_id = $1 AND event_key = $2 AND channel = $3`, [userId, eventKey, channel]);
    return rows.length > 0;
  }

  async finish(sendId: string, status: 'sent' | 'failed', error: string | null): Promise<void> {
    await this.db.query(`UPDATE notification_sends SET status = $2, error = $3, updated_at = now() WHERE id = $1 AND status = 'pending'`, [sendId, status, error?.slice(0, 200) ?? null]);
  }
}

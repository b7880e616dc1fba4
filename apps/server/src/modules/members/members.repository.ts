import { Injectable } from '@nestjs/common';
import type { MemberLevel } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface ProfileRow {
  id: string;
  nickname: string;
  avatarUrl: string | null;
  phone: string | null;
  birthMonth: number | null;
  birthDay: number | null;
}

const LEVEL_COLUMNS = `rank, name, growth_from, discount_percent, free_shipping_from_fen, monthly_coupon_template_id`;
const toLevel = (r: Record<string, any>): MemberLevel => ({
  rank: r.rank, name: r.name, growthFrom: r.growth_from, discountPercent: r.discount_percent,
  freeShippingFromFen: r.free_shipping_from_fen === null ? null : Number(r.free_shipping_from_fen), monthlyCouponTemplateId: r.monthly_coupon_template_id,
});

/** Levels, growth credits and the member side of the user row (profile, phone). */
@Injectable()
export class MembersRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async levels(m: EntityManager | DataSource = this.db): Promise<MemberLevel[]> {
    return (await m.query(`SELECT ${LEVEL_COLUMNS} FROM member_levels ORDER BY rank`)).map(toLevel);
  }

  /** Replaces the whole ladder in the caller's transaction; ranks are the array order. */
  async replaceLevels(m: EntityManager, levels: ReadonlyArray<Omit<MemberLevel, 'rank'>>): Promise<void> {
    // Serialises two saves: the second one's table is the answer, never a mix.
    await m.query(`LOCK TABLE member_levels IN EXCLUSIVE MODE`);
    await m.query(`DELETE FROM member_levels`);
    await m.query(
      `INSERT INTO member_levels (rank, name, growth_from, discount_percent, free_shipping_from_fen, monthly_coupon_template_id)
       SELECT * FROM unnest($1::smallint[], $2::varchar[], $3::int[], $4::smallint[], $5::bigint[], $6::uuid[])`,
      [levels.map((_, i) => i), levels.map((l) => l.name), levels.map((l) => l.growthFrom), levels.map((l) => l.discountPercent), levels.map((l) => l.freeShippingFromFen), levels.map((l) => l.monthlyCouponTemplateId)],
    );
  }

  /** Which of these coupon templates exist. */
  async existingTemplates(templateIds: readonly string[]): Promise<Set<string>> {
    if (templateIds.length === 0) return new Set();
    const rows = await this.db.query(`SELECT id FROM coupon_templates WHERE id = ANY($1::uuid[])`, [templateIds]);
    return new Set(rows.map((r: { id: string }) => r.id));
  }

  async growthOf(userId: string, m: EntityManager | DataSource = this.db): Promise<number> {
    const [row] = await m.query(`SELECT coalesce(sum(amount), 0)::int AS growth FROM member_growth WHERE user_id = $1`, [userId]);
    return row.growth;
  }

  /** Credits growth once per key, in the caller's transaction: whether it was credited now. */
  async credit(m: EntityManager, key: string, userId: string, amount: number): Promise<boolean> {
    const rows = await m.query(`INSERT INTO member_growth (key, user_id, amount) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key`, [key, userId, amount]);
    return rows.length > 0;
  }

  /** Whether the user holds a coupon granted under this key (see `CouponsService.grant`). */
  async hasGrant(userId: string, key: string): Promise<boolean> {
    const rows = await this.db.query(`SELECT 1 FROM coupons WHERE user_id = $1 AND grant_key = $2`, [userId, `grant:${key}`]);
    return rows.length > 0;
  }

  async profile(userId: string): Promise<ProfileRow | null> {
    const [u] = await this.db.query(`SELECT id, nickname, avatar_url, phone, birth_month, birth_day FROM users WHERE id = $1`, [userId]);
    return u ? { id: u.id, nickname: u.nickname, avatarUrl: u.avatar_url, phone: u.phone, birthMonth: u.birth_month, birthDay: u.birth_day } : null;
  }

  async updateProfile(userId: string, p: { nickname?: string | undefined; avatarUrl?: string | undefined }): Promise<void> {
    await this.db.query(
      `UPDATE users SET nickname = coalesce($2, nickname), avatar_url = coalesce($3, avatar_url), updated_at = now() WHERE id = $1`,
      [userId, p.nickname ?? null, p.avatarUrl ?? null],
    );
  }

  async setPhone(userId: string, phone: string): Promise<void> {
    await this.db.query(`UPDATE users SET phone = $2, updated_at = now() WHERE id = $1`, [userId, phone]);
  }
}

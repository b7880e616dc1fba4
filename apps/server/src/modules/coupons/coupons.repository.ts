import { Injectable } from '@nestjs/common';
import type { CouponRule, CouponScope, CouponValidity, CreateCouponTemplateRequest, CreateFullReductionRequest, FullReductionTier } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

export interface TemplateRow {
  id: string;
  merchantId: string;
  merchantName: string;
  name: string;
  rule: CouponRule;
  validity: CouponValidity;
  scope: CouponScope;
  totalQuantity: number;
  perUserLimit: number;
  claimedCount: number;
  newUserOnly: boolean;
  showInCentre: boolean;
  grantOnSignup: boolean;
  grantOnBirthday: boolean;
  status: 'active' | 'stopped';
  createdAt: Date;
}

export interface CouponRow {
  id: string;
  templateId: string;
  userId: string;
  merchantId: string;
  merchantName: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
  status: 'unused' | 'used';
  validFrom: Date;
  validTo: Date;
  orderId: string | null;
  usedAt: Date | null;
  createdAt: Date;
}

export interface FullReductionRow {
  id: string;
  merchantId: string;
  name: string;
  tiers: FullReductionTier[];
  startsAt: Date;
  endsAt: Date;
  active: boolean;
  createdAt: Date;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
const TEMPLATE = `t.id, t.merchant_id, m.name AS merchant_name, t.name, t.rule, t.validity, t.scope, t.total_quantity, t.per_user_limit, t.claimed_count,
  t.new_user_only, t.show_in_centre, t.grant_on_signup, t.grant_on_birthday, t.status, t.created_at FROM coupon_templates t JOIN merchants m ON m.id = t.merchant_id`;
const toTemplate = (r: Raw): TemplateRow => ({
  id: r.id, merchantId: r.merchant_id, merchantName: r.merchant_name, name: r.name, rule: r.rule, validity: r.validity, scope: r.scope,
  totalQuantity: r.total_quantity, perUserLimit: r.per_user_limit, claimedCount: r.claimed_count, newUserOnly: r.new_user_only,
  showInCentre: r.show_in_centre, grantOnSignup: r.grant_on_signup, grantOnBirthday: r.grant_on_birthday, status: r.status, createdAt: r.created_at,
});
const COUPON = `c.id, c.template_id, c.user_id, t.merchant_id, m.name AS merchant_name, t.name, t.rule, t.scope, c.status, c.valid_from, c.valid_to, c.order_id,
  c.used_at, c.created_at FROM coupons c JOIN coupon_templates t ON t.id = c.template_id JOIN merchants m ON m.id = t.merchant_id`;
const toCoupon = (r: Raw): CouponRow => ({
  id: r.id, templateId: r.template_id, userId: r.user_id, merchantId: r.merchant_id, merchantName: r.merchant_name, name: r.name, rule: r.rule,
  scope: r.scope, status: r.status, validFrom: r.valid_from, validTo: r.valid_to, orderId: r.order_id, usedAt: r.used_at, createdAt: r.created_at,
});
const toReduction = (r: Raw): FullReductionRow => ({
  id: r.id, merchantId: r.merchant_id, name: r.name, tiers: r.tiers, startsAt: r.starts_at, endsAt: r.ends_at, active: r.active, createdAt: r.created_at,
});
// TypeORM's postgres driver answers UPDATE … RETURNING with [rows, affected].
const updated = (result: unknown[]): Raw[] => (Array.isArray(result[0]) ? (result[0] as Raw[]) : (result as Raw[]));

/** Coupon templates, coupons and 满减. Counts and states change by conditional UPDATEs only. */
@Injectable()
export class CouponsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async merchantOfUser(userId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    return m?.id ?? null;
  }

  async insertTemplate(merchantId: string, t: CreateCouponTemplateRequest): Promise<TemplateRow> {
    const [r] = await this.db.query(
      `INSERT INTO coupon_templates (merchant_id, name, rule, validity, scope, total_quantity, per_user_limit, new_user_only, show_in_centre, grant_on_signup, grant_on_birthday)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [merchantId, t.name, JSON.stringify(t.rule), JSON.stringify(t.validity), JSON.stringify(t.scope), t.totalQuantity, t.perUserLimit, t.newUserOnly, t.showInCentre, t.grantOnSignup, t.grantOnBirthday],
    );
    return (await this.template(r.id)) as TemplateRow;
  }

  async template(id: string, m: EntityManager = this.db.manager): Promise<TemplateRow | null> {
    const [r] = await m.query(`SELECT ${TEMPLATE} WHERE t.id = $1`, [id]);
    return r ? toTemplate(r) : null;
  }

  async templatesOf(merchantId: string): Promise<TemplateRow[]> {
    const rows = await this.db.query(`SELECT ${TEMPLATE} WHERE t.merchant_id = $1 ORDER BY t.created_at DESC LIMIT 200`, [merchantId]);
    return rows.map(toTemplate);
  }

  /** Coupons of each template used on an order now. */
  async usedCounts(templateIds: readonly string[]): Promise<Map<string, number>> {
    if (templateIds.length === 0) return new Map();
    const rows: Array<{ template_id: string; n: string }> = await this.db.query(
      `SELECT template_id, count(*) AS n FROM coupons WHERE template_id = ANY($1::uuid[]) AND status = 'used' GROUP BY template_id`,
      [templateIds],
    );
    return new Map(rows.map((r) => [r.template_id, Number(r.n)]));
  }

  async stopTemplate(merchantId: string, id: string): Promise<boolean> {
    const [rows] = await this.db.query(`UPDATE coupon_templates SET status = 'stopped' WHERE id = $1 AND merchant_id = $2 RETURNING id`, [id, merchantId]);
    return rows.length === 1;
  }

  /** Active templates listed in the coupon centre whose fixed validity has not ended. */
  async centreTemplates(): Promise<TemplateRow[]> {
    const rows = await this.db.query(
      `SELECT ${TEMPLATE} WHERE t.status = 'active' AND t.show_in_centre AND NOT t.grant_on_signup AND NOT t.grant_on_birthday
         AND (t.validity->>'kind' <> 'absolute' OR (t.validity->>'validTo')::timestamptz > now())
       ORDER BY t.created_at DESC LIMIT 100`,
    );
    return rows.map(toTemplate);
  }

  /** Active new-user templates this user has not been granted yet. */
  async signupTemplatesFor(userId: string): Promise<TemplateRow[]> {
    const rows = await this.db.query(
      `SELECT ${TEMPLATE} WHERE t.status = 'active' AND t.grant_on_signup AND t.claimed_count < t.total_quantity
         AND (t.validity->>'kind' <> 'absolute' OR (t.validity->>'validTo')::timestamptz > now())
         AND NOT EXISTS (SELECT 1 FROM coupons c WHERE c.user_id = $1 AND c.grant_key = 'signup:' || t.id::text)`,
      [userId],
    );
    return rows.map(toTemplate);
  }

  /** The user's birthday month (1–12), or null when they have not given a birthday. */
  async birthMonthOf(userId: string): Promise<number | null> {
    const [r] = await this.db.query(`SELECT birth_month FROM users WHERE id = $1`, [userId]);
    return r?.birth_month ?? null;
  }

  /** Active birthday templates this user has not been granted in `year` yet. */
  async birthdayTemplatesFor(userId: string, year: number): Promise<TemplateRow[]> {
    const rows = await this.db.query(
      `SELECT ${TEMPLATE} WHERE t.status = 'active' AND t.grant_on_birthday AND t.claimed_count < t.total_quantity
         AND (t.validity->>'kind' <> 'absolute' OR (t.validity->>'validTo')::timestamptz > now())
         AND NOT EXISTS (SELECT 1 FROM coupons c WHERE c.user_id = $1 AND c.grant_key = 'birthday:' || t.id::text || ':' || $2::text)`,
      [userId, year],
    );
    return rows.map(toTemplate);
  }

  /** Takes one of the template's coupons if any is left and it is active; false otherwise. Locks the template row to the commit. */
  async takeOne(m: EntityManager, templateId: string): Promise<boolean> {
    const [rows] = await m.query(
      `UPDATE coupon_templates SET claimed_count = claimed_count + 1 WHERE id = $1 AND status = 'active' AND claimed_count < total_quantity RETURNING id`,
      [templateId],
    );
    return rows.length === 1;
  }

  async byKey(userId: string, key: string, m: EntityManager = this.db.manager): Promise<CouponRow | null> {
    const [r] = await m.query(`SELECT ${COUPON} WHERE c.user_id = $1 AND c.grant_key = $2`, [userId, key]);
    return r ? toCoupon(r) : null;
  }

  async countOf(m: EntityManager, templateId: string, userId: string): Promise<number> {
    const [r] = await m.query(`SELECT count(*) AS n FROM coupons WHERE template_id = $1 AND user_id = $2`, [templateId, userId]);
    return Number(r.n);
  }

  async countsOf(userId: string, templateIds: readonly string[]): Promise<Map<string, number>> {
    if (templateIds.length === 0) return new Map();
    const rows: Array<{ template_id: string; n: string }> = await this.db.query(
      `SELECT template_id, count(*) AS n FROM coupons WHERE user_id = $1 AND template_id = ANY($2::uuid[]) GROUP BY template_id`,
      [userId, templateIds],
    );
    return new Map(rows.map((r) => [r.template_id, Number(r.n)]));
  }

  /** The new coupon's id, or null if the user already holds one by this key or this `n` (nothing inserted). */
  async insertCoupon(m: EntityManager, c: { templateId: string; userId: string; n: number; key: string; validFrom: Date; validTo: Date }): Promise<string | null> {
    const [r] = await m.query(
      `INSERT INTO coupons (template_id, user_id, n, grant_key, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [c.templateId, c.userId, c.n, c.key, c.validFrom, c.validTo],
    );
    return r?.id ?? null;
  }

  /** Undoes `takeOne` in the same transaction (the coupon it was for turned out to exist already). */
  async giveBack(m: EntityManager, templateId: string): Promise<void> {
    await m.query(`UPDATE coupon_templates SET claimed_count = claimed_count - 1 WHERE id = $1`, [templateId]);
  }

  async coupon(id: string, m: EntityManager = this.db.manager): Promise<CouponRow | null> {
    const [r] = await m.query(`SELECT ${COUPON} WHERE c.id = $1`, [id]);
    return r ? toCoupon(r) : null;
  }

  /** My coupons of one shown status; unused and expired differ by `valid_to`. */
  async mine(userId: string, status: 'unused' | 'used' | 'expired'): Promise<CouponRow[]> {
    const where = status === 'used' ? `c.status = 'used'` : status === 'unused' ? `c.status = 'unused' AND c.valid_to > now()` : `c.status = 'unused' AND c.valid_to <= now()`;
    const rows = await this.db.query(`SELECT ${COUPON} WHERE c.user_id = $1 AND ${where} ORDER BY c.valid_to, c.id LIMIT 200`, [userId]);
    return rows.map(toCoupon);
  }

  /** My unused coupons of a shop that can be used now. */
  async usableAt(userId: string, merchantId: string, m: EntityManager = this.db.manager): Promise<CouponRow[]> {
    const rows = await m.query(
      `SELECT ${COUPON} WHERE c.user_id = $1 AND t.merchant_id = $2 AND c.status = 'unused' AND c.valid_from <= now() AND c.valid_to > now() ORDER BY c.valid_to, c.id`,
      [userId, merchantId],
    );
    return rows.map(toCoupon);
  }

  async hasPaidOrder(userId: string, m: EntityManager = this.db.manager): Promise<boolean> {
    const [r] = await m.query(`SELECT EXISTS (SELECT 1 FROM orders WHERE user_id = $1 AND paid_at IS NOT NULL) AS paid`, [userId]);
    return r.paid === true;
  }

  /** Marks an unused, currently valid coupon of this user used by the order; false if it was not (another order got it). */
  async redeem(m: EntityManager, userId: string, couponId: string, orderId: string): Promise<boolean> {
    const result = await m.query(
      `UPDATE coupons SET status = 'used', order_id = $3, used_at = now()
        WHERE id = $1 AND user_id = $2 AND status = 'unused' AND valid_from <= now() AND valid_to > now() RETURNING id`,
      [couponId, userId, orderId],
    );
    return updated(result).length === 1;
  }

  /** The order's coupon goes back to unused (once: only while it is still used by this order). */
  async release(m: EntityManager, orderId: string): Promise<boolean> {
    const result = await m.query(`UPDATE coupons SET status = 'unused', order_id = NULL, used_at = NULL WHERE order_id = $1 AND status = 'used' RETURNING id`, [orderId]);
    return updated(result).length === 1;
  }

  /** A cancelled order paid late and revived takes its coupon again, if it is still unused. */
  async retake(m: EntityManager, couponId: string, orderId: string): Promise<boolean> {
    const result = await m.query(`UPDATE coupons SET status = 'used', order_id = $2, used_at = now() WHERE id = $1 AND status = 'unused' RETURNING id`, [couponId, orderId]);
    return updated(result).length === 1;
  }

  async categoriesOf(goodsIds: readonly string[], m: EntityManager = this.db.manager): Promise<Map<string, string | null>> {
    if (goodsIds.length === 0) return new Map();
    const rows: Array<{ id: string; category_id: string | null }> = await m.query(`SELECT id, category_id FROM goods WHERE id = ANY($1::uuid[])`, [goodsIds]);
    return new Map(rows.map((r) => [r.id, r.category_id]));
  }

  async insertReduction(merchantId: string, r: CreateFullReductionRequest): Promise<FullReductionRow> {
    const [row] = await this.db.query(
      `INSERT INTO full_reductions (merchant_id, name, tiers, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [merchantId, r.name, JSON.stringify(r.tiers), r.startsAt, r.endsAt],
    );
    return toReduction(row);
  }

  async reductionsOf(merchantId: string): Promise<FullReductionRow[]> {
    const rows = await this.db.query(`SELECT * FROM full_reductions WHERE merchant_id = $1 ORDER BY created_at DESC LIMIT 200`, [merchantId]);
    return rows.map(toReduction);
  }

  async stopReduction(merchantId: string, id: string): Promise<FullReductionRow | null> {
    const result = await this.db.query(`UPDATE full_reductions SET active = false WHERE id = $1 AND merchant_id = $2 RETURNING *`, [id, merchantId]);
    const [row] = updated(result);
    return row ? toReduction(row) : null;
  }

  /** The shop's 满减 running now. */
  async runningReductions(merchantId: string, m: EntityManager = this.db.manager): Promise<FullReductionRow[]> {
    const rows = await m.query(`SELECT * FROM full_reductions WHERE merchant_id = $1 AND active AND starts_at <= now() AND ends_at > now()`, [merchantId]);
    return rows.map(toReduction);
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CouponCentreEntry, ErrorCode, type MyCoupon, type MyCouponsQuery } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../../common/clock/clock';
import { AppException } from '../../common/errors/app-exception';
import { BIRTHDAY_CLOCK, chinaMonth } from '../users/birthday-clock';
import { toMyCoupon, toTemplate } from './coupon.mapper';
import { couponErrors } from './coupons.errors';
import { CouponsRepository, type TemplateRow } from './coupons.repository';
import { stillClaimable, validityWindow } from './validity';

/**
 * Claiming and granting coupons. Every coupon is issued inside a transaction that first takes one from
 * the template with a conditional UPDATE (`claimed_count < total_quantity`), which also locks the
 * template row: claims of one template queue there, so the per-user count read after it is current and
 * the limit holds; the unique (template, user, n) and (user, key) indexes are the last guard.
 */
@Injectable()
export class CouponsService {
  private readonly log = new Logger('CouponsService');

  constructor(
    private readonly repo: CouponsRepository,
    @Inject(BIRTHDAY_CLOCK) private readonly clock: Clock,
  ) {}

  async centre(userId: string): Promise<{ items: CouponCentreEntry[] }> {
    await this.grantRuleCoupons(userId);
    const templates = await this.repo.centreTemplates();
    const mine = await this.repo.countsOf(userId, templates.map((t) => t.id));
    const paid = templates.some((t) => t.newUserOnly) ? await this.repo.hasPaidOrder(userId) : false;
    return {
      items: templates.map((t) => {
        const claimedByMe = mine.get(t.id) ?? 0;
        const reason =
          t.claimedCount >= t.totalQuantity ? 'sold_out' : claimedByMe >= t.perUserLimit ? 'limit_reached' : t.newUserOnly && paid ? 'new_users_only' : null;
        return { template: toTemplate(t), claimedByMe, canClaim: reason === null, reason };
      }),
    };
  }

  async mine(userId: string, query: MyCouponsQuery): Promise<{ items: MyCoupon[] }> {
    await this.grantRuleCoupons(userId);
    return { items: (await this.repo.mine(userId, query.status)).map((c) => toMyCoupon(c)) };
  }

  /** Claims one coupon; the same `requestId` again answers with the same coupon. */
  async claim(userId: string, templateId: string, requestId: string): Promise<MyCoupon> {
    const key = `claim:${requestId}`;
    const earlier = await this.repo.byKey(userId, key);
    if (earlier) return this.replayed(earlier.templateId, templateId, earlier.id);
    const t = await this.repo.template(templateId);
    if (!t) throw couponErrors.templateNotFound();
    // New-user and birthday coupons are granted, never claimed.
    if (t.grantOnSignup || t.grantOnBirthday || !stillClaimable(t, new Date())) throw couponErrors.notClaimable();
    if (t.newUserOnly && (await this.repo.hasPaidOrder(userId))) throw couponErrors.newUsersOnly();
    const id = await this.repo.transaction((m) => this.issueIn(m, userId, t, key, t.perUserLimit));
    return this.replayed(t.id, templateId, id);
  }

  /**
   * Gives a user one coupon of a template, inside the caller's transaction (invite rewards and the like),
   * once per `key`: the same key again returns the same coupon. Counts against the template's quantity
   * but not its per-user limit (the caller decides how many the user earned). Returns the coupon id.
   */
  async grant(m: EntityManager, userId: string, templateId: string, key: string): Promise<string> {
    const t = await this.repo.template(templateId, m);
    if (!t) throw couponErrors.templateNotFound();
    return this.issueIn(m, userId, t, `grant:${key}`, null);
  }

  /** The coupons rules grant without a claim (new-user, birthday), at the moments a user looks at coupons. */
  async grantRuleCoupons(userId: string): Promise<void> {
    await this.grantSignupCoupons(userId);
    await this.grantBirthdayCoupons(userId);
  }

  /**
   * New-user coupons: each active `grantOnSignup` template is granted once (key `signup:<template>`) to a
   * user with no paid order, the first time they open the coupon centre, their coupons or a checkout quote.
   * A template that ran out or stopped is skipped quietly.
   */
  async grantSignupCoupons(userId: string): Promise<void> {
    const templates = await this.repo.signupTemplatesFor(userId);
    if (templates.length === 0 || (await this.repo.hasPaidOrder(userId))) return;
    for (const t of templates) {
      try {
        await this.repo.transaction((m) => this.issueIn(m, userId, t, `signup:${t.id}`, null));
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        this.log.debug(`new-user coupon ${t.id} not granted to ${userId}: ${error.code}`);
      }
    }
  }

  /**
   * Birthday coupons: in the user's birthday month (China time), each active `grantOnBirthday` template is
   * granted once that year (key `birthday:<template>:<year>`), so neither concurrent reads nor a moved
   * birthday give two in a year. A template that ran out or stopped is skipped quietly.
   */
  async grantBirthdayCoupons(userId: string): Promise<void> {
    const { year, month } = chinaMonth(this.clock.now());
    if ((await this.repo.birthMonthOf(userId)) !== month) return;
    for (const t of await this.repo.birthdayTemplatesFor(userId, year)) {
      try {
        await this.repo.transaction((m) => this.issueIn(m, userId, t, `birthday:${t.id}:${year}`, null));
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        this.log.debug(`birthday coupon ${t.id} not granted to ${userId}: ${error.code}`);
      }
    }
  }

  /** Issues one coupon in `m`; `limit`: the most this user may hold of the template (null: no limit). */
  private async issueIn(m: EntityManager, userId: string, t: TemplateRow, key: string, limit: number | null): Promise<string> {
    const earlier = await this.repo.byKey(userId, key, m);
    if (earlier) return earlier.id;
    if (!(await this.repo.takeOne(m, t.id))) throw t.status === 'active' ? couponErrors.soldOut() : couponErrors.notClaimable();
    // Read after takeOne: the template row is locked now, so every earlier claim of this template is committed.
    const n = (await this.repo.countOf(m, t.id, userId)) + 1;
    if (limit !== null && n > limit) throw couponErrors.limitReached(limit);
    const now = new Date();
    const id = await this.repo.insertCoupon(m, { templateId: t.id, userId, n, key, ...validityWindow(t.validity, now) });
    if (id) return id;
    // The same key was used by a request that committed meanwhile: that coupon is the answer.
    await this.repo.giveBack(m, t.id);
    const again = await this.repo.byKey(userId, key, m);
    if (again) return again.id;
    throw couponErrors.limitReached(limit ?? n);
  }

  private async replayed(earlierTemplateId: string, templateId: string, couponId: string): Promise<MyCoupon> {
    if (earlierTemplateId !== templateId) throw new AppException(ErrorCode.IDEMPOTENCY_CONFLICT, 'This request id was already used to claim another coupon');
    const row = await this.repo.coupon(couponId);
    if (!row) throw couponErrors.notFound();
    return toMyCoupon(row);
  }
}

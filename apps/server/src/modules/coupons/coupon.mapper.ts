import type { CouponTemplate, FullReduction, MyCoupon } from '@livemall/shared';
import type { CouponRow, FullReductionRow, TemplateRow } from './coupons.repository';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toTemplate(t: TemplateRow): CouponTemplate {
  return {
    id: t.id, merchantId: t.merchantId, merchantName: t.merchantName, name: t.name, rule: t.rule, validity: t.validity,
    totalQuantity: t.totalQuantity, perUserLimit: t.perUserLimit, scope: t.scope, newUserOnly: t.newUserOnly, showInCentre: t.showInCentre,
    grantOnSignup: t.grantOnSignup, grantOnBirthday: t.grantOnBirthday, status: t.status, claimedCount: t.claimedCount, createdAt: new Date(t.createdAt).toISOString(),
  };
}

export function toMyCoupon(c: CouponRow, now = Date.now()): MyCoupon {
  const expired = c.status === 'unused' && new Date(c.validTo).getTime() <= now;
  return {
    id: c.id, templateId: c.templateId, merchantId: c.merchantId, merchantName: c.merchantName, name: c.name, rule: c.rule, scope: c.scope,
    status: expired ? 'expired' : c.status, validFrom: new Date(c.validFrom).toISOString(), validTo: new Date(c.validTo).toISOString(),
    orderId: c.orderId, usedAt: iso(c.usedAt), claimedAt: new Date(c.createdAt).toISOString(),
  };
}

export function toFullReduction(r: FullReductionRow): FullReduction {
  return {
    id: r.id, merchantId: r.merchantId, name: r.name, tiers: r.tiers, startsAt: new Date(r.startsAt).toISOString(),
    endsAt: new Date(r.endsAt).toISOString(), active: r.active, createdAt: new Date(r.createdAt).toISOString(),
  };
}

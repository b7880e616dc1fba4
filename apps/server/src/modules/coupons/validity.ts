import type { CouponValidity } from '@livemall/shared';

const DAY_MS = 86_400_000;

/** When a coupon claimed at `now` can be used: the template's fixed dates, or `validDays` from now. */
export function validityWindow(validity: CouponValidity, now: Date): { validFrom: Date; validTo: Date } {
  if (validity.kind === 'absolute') return { validFrom: new Date(validity.validFrom), validTo: new Date(validity.validTo) };
  return { validFrom: now, validTo: new Date(now.getTime() + validity.validDays * DAY_MS) };
}

/** A template can still hand out coupons: not stopped and, with fixed dates, not over. */
export function stillClaimable(t: { status: string; validity: CouponValidity }, now: Date): boolean {
  return t.status === 'active' && (t.validity.kind !== 'absolute' || Date.parse(t.validity.validTo) > now.getTime());
}

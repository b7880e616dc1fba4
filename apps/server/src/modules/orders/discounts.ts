import type { CouponRule, CouponScope, FullReductionTier } from '@livemall/shared';

/**
 * The pricing rules of 满减 and coupons, pure (no I/O) so they are tested on their own.
 *
 * Stacking (docs/marketing.md): the best 满减 tier applies to the items subtotal first and is split over
 * all lines; then one coupon: its scope picks the eligible lines, its threshold is checked against those
 * lines' amount after their 满减 share, and its discount is split over them. Every unit keeps at least
 * one fen (a line's discount is at most `subtotal - quantity`), so the total is never below one fen and
 * a refunded unit always gives money back.
 */

export interface PricingLine {
  goodsId: string;
  categoryId: string | null;
  priceFen: number;
  quantity: number;
}

const subtotal = (l: PricingLine) => l.priceFen * l.quantity;
/** The most a line may lose: every unit keeps one fen. */
const room = (l: PricingLine) => subtotal(l) - l.quantity;

/** The amount off of the highest tier `amountFen` reaches (0 if none). */
export function tierAmount(tiers: readonly FullReductionTier[], amountFen: number): number {
  return tiers.filter((t) => amountFen >= t.thresholdFen).reduce((best, t) => Math.max(best, t.amountFen), 0);
}

/**
 * Splits `total` fen over lines in proportion to `weights`, each at most its `cap`, so the shares sum to
 * `total` exactly: capped lines are fixed first (water-filling), the rest by largest remainder (ties to
 * the earlier line). Requires `0 <= total <= sum(caps)` and `caps[i] <= weights[i]`-proportional use.
 */
export function allocate(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const capSum = caps.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total) || total < 0 || total > capSum) throw new RangeError(`cannot split ${total} within caps summing to ${capSum}`);
  const shares = weights.map(() => 0);
  const open = new Set(weights.map((_, i) => i).filter((i) => (caps[i] ?? 0) > 0 && (weights[i] ?? 0) > 0));
  let left = total;
  // Fix every line whose proportional share would pass its cap, until none does.
  for (;;) {
    const weightSum = [...open].reduce((s, i) => s + (weights[i] as number), 0);
    const over = [...open].filter((i) => left * (weights[i] as number) > (caps[i] as number) * weightSum);
    if (over.length === 0) break;
    for (const i of over) {
      shares[i] = caps[i] as number;
      left -= caps[i] as number;
      open.delete(i);
    }
  }
  const idx = [...open];
  const weightSum = idx.reduce((s, i) => s + (weights[i] as number), 0);
  if (weightSum === 0) {
    if (left !== 0) throw new RangeError('nothing to split over');
    return shares;
  }
  // Integer arithmetic only: floor(left * w / W) and its remainder.
  const rems = idx.map((i) => {
    const num = left * (weights[i] as number);
    shares[i] = Math.floor(num / weightSum);
    return { i, rem: num % weightSum };
  });
  let spare = left - idx.reduce((s, i) => s + (shares[i] as number), 0);
  rems.sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of rems) {
    if (spare === 0) break;
    if ((shares[i] as number) < (caps[i] as number)) {
      shares[i] = (shares[i] as number) + 1;
      spare--;
    }
  }
  return shares;
}

/** Which lines a coupon of this scope applies to. */
export function inScope(scope: CouponScope, line: PricingLine): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'goods') return scope.ids.includes(line.goodsId);
  return line.categoryId !== null && scope.ids.includes(line.categoryId);
}

/** What a coupon takes off an eligible amount, before the one-fen-per-unit floor; 0 below its threshold. */
export function couponAmount(rule: CouponRule, eligibleFen: number): number {
  if (eligibleFen <= 0 || eligibleFen < rule.thresholdFen) return 0;
  if (rule.kind === 'amount_off') return Math.min(rule.amountFen, eligibleFen);
  return Math.min(rule.capFen, Math.floor((eligibleFen * (100 - rule.payPercent)) / 100));
}

export interface FullReductionPick {
  id: string;
  name: string;
  tiers: readonly FullReductionTier[];
}

export interface CouponPick {
  id: string;
  name: string;
  rule: CouponRule;
  scope: CouponScope;
}

export type CouponVerdict = { ok: true; discountFen: number } | { ok: false; why: 'scope' | 'threshold' };

export interface Priced {
  /** The 满减 applied (the best of those given), with what it took off. */
  fullReduction: { id: string; name: string; amountFen: number } | null;
  coupon: { id: string; name: string; amountFen: number } | null;
  /** Each line's whole discount, in line order; sums to `discountFen`. */
  lineDiscounts: number[];
  discountFen: number;
}

/** The best 满减 of those running for these lines, and each line's share of it. */
export function applyFullReduction(lines: readonly PricingLine[], reductions: readonly FullReductionPick[]) {
  const items = lines.reduce((s, l) => s + subtotal(l), 0);
  const capTotal = lines.reduce((s, l) => s + room(l), 0);
  let best: { id: string; name: string; amountFen: number } | null = null;
  for (const r of reductions) {
    const amount = Math.min(tierAmount(r.tiers, items), capTotal);
    if (amount > 0 && (!best || amount > best.amountFen)) best = { id: r.id, name: r.name, amountFen: amount };
  }
  const shares = allocate(best?.amountFen ?? 0, lines.map(subtotal), lines.map(room));
  return { fullReduction: best, shares };
}

/** Whether a coupon applies after 满减 shares `frShares`, and what it takes off, split over its lines. */
export function evaluateCoupon(lines: readonly PricingLine[], frShares: readonly number[], coupon: CouponPick): CouponVerdict & { shares: number[] } {
  const eligible = lines.map((l) => inScope(coupon.scope, l));
  const none = lines.map(() => 0);
  if (!eligible.some(Boolean)) return { ok: false, why: 'scope', shares: none };
  const after = lines.map((l, i) => (eligible[i] ? subtotal(l) - (frShares[i] as number) : 0));
  const caps = lines.map((l, i) => (eligible[i] ? room(l) - (frShares[i] as number) : 0));
  const base = after.reduce((a, b) => a + b, 0);
  if (base < coupon.rule.thresholdFen) return { ok: false, why: 'threshold', shares: none };
  const amount = Math.min(couponAmount(coupon.rule, base), caps.reduce((a, b) => a + b, 0));
  if (amount <= 0) return { ok: false, why: 'threshold', shares: none };
  return { ok: true, discountFen: amount, shares: allocate(amount, after, caps) };
}

/** The order's discounts: 满减 first, then the coupon (if any and if it applies; otherwise none). */
export function priceLines(lines: readonly PricingLine[], reductions: readonly FullReductionPick[], coupon: CouponPick | null): Priced & { couponVerdict: CouponVerdict | null } {
  const { fullReduction, shares } = applyFullReduction(lines, reductions);
  const verdict = coupon ? evaluateCoupon(lines, shares, coupon) : null;
  const couponShares = verdict?.ok ? verdict.shares : lines.map(() => 0);
  const lineDiscounts = lines.map((_, i) => (shares[i] as number) + (couponShares[i] as number));
  return {
    fullReduction,
    coupon: coupon && verdict?.ok ? { id: coupon.id, name: coupon.name, amountFen: verdict.discountFen } : null,
    lineDiscounts,
    discountFen: lineDiscounts.reduce((a, b) => a + b, 0),
    couponVerdict: verdict ? (verdict.ok ? { ok: true, discountFen: verdict.discountFen } : { ok: false, why: verdict.why }) : null,
  };
}

/**
 * What refunding `quantity` units of a line gives back when `alreadyClaimed` units were refunded (or
 * asked for) before. Unit k (0-based) carries `floor(d*(k+1)/n) - floor(d*k/n)` of the line's discount
 * `d`, so the refunds of all n units sum to exactly what the line was paid: `priceFen*n - d`.
 */
export function refundAmount(item: { priceFen: number; quantity: number; discountFen: number }, alreadyClaimed: number, quantity: number): number {
  const { priceFen: p, quantity: n, discountFen: d } = item;
  if (alreadyClaimed < 0 || quantity < 1 || alreadyClaimed + quantity > n) throw new RangeError(`cannot refund ${quantity} after ${alreadyClaimed} of ${n}`);
  const shareUpTo = (k: number) => Math.floor((d * k) / n);
  return p * quantity - (shareUpTo(alreadyClaimed + quantity) - shareUpTo(alreadyClaimed));
}

import { formatFen, type CheckoutQuote } from '@livemall/shared';

/**
 * Points at checkout. The quote is always asked with `pointsToUse` (0 while the toggle is off) so that its
 * `points` block says how many this order could take; turning the toggle on asks for that many (the server
 * caps them again), and the order spends what the shown quote used.
 */
export function pointsWanted(on: boolean, quote: Pick<CheckoutQuote, 'points'> | null): number {
  return on ? (quote?.points?.maxPoints ?? 0) : 0;
}

/** What the order sends: the points these figures spent (none when the toggle is off). */
export function pointsForOrder(on: boolean, quote: Pick<CheckoutQuote, 'points'> | null): { pointsToUse: number } | Record<string, never> {
  const used = on ? (quote?.points?.usedPoints ?? 0) : 0;
  return used > 0 ? { pointsToUse: used } : {};
}

export interface PointsRow {
  /** Whether there is anything to use (the toggle shows only then). */
  usable: boolean;
  text: string;
}

/** The points row: `用 300 积分抵 ¥3.00` when on, else what could be used. */
export function pointsRow(on: boolean, quote: Pick<CheckoutQuote, 'points'>): PointsRow | null {
  const p = quote.points;
  if (!p) return null;
  if (on && p.usedPoints > 0) return { usable: true, text: `用 ${p.usedPoints} 积分抵 ${formatFen(p.deductionFen)}` };
  if (p.maxPoints > 0) return { usable: true, text: `共 ${p.balance} 积分，本单最多可用 ${p.maxPoints}` };
  return { usable: false, text: p.balance > 0 ? `共 ${p.balance} 积分，本单不可用` : '暂无积分' };
}

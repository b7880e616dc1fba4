import type { FlashSale } from '@livemall/shared';
import type { Phase } from '../shared/countdown-model';

export interface StockBar {
  /** Width of the bar: the share of units still there, whole percent; never 0 while one is left. */
  leftPercent: number;
  /** `已抢 40%`. */
  soldText: string;
  /** `剩 6/10 件`, or `已抢光`. */
  leftText: string;
}

/** The stock bar of a flash sale, in integers only. */
export function stockBar(unitsLeft: number, totalUnits: number): StockBar {
  const total = Math.max(1, totalUnits);
  const left = Math.min(Math.max(0, unitsLeft), total);
  const floor = Math.floor((left * 100) / total);
  const leftPercent = left > 0 && floor === 0 ? 1 : floor;
  const sold = Math.floor(((total - left) * 100) / total);
  return { leftPercent, soldText: `已抢 ${sold}%`, leftText: left === 0 ? '已抢光' : `剩 ${left}/${total} 件` };
}

export type BuyState =
  | { kind: 'upcoming'; label: '即将开始' }
  | { kind: 'buy'; label: '立即抢购' }
  | { kind: 'sold_out'; label: '已抢光' }
  | { kind: 'limit'; label: '已达限购' }
  | { kind: 'ended'; label: '已结束' };

/** The buy button: what the phase, the units left and my earlier refusals allow. */
export function buyState(sale: Pick<FlashSale, 'unitsLeft'>, phase: Phase, limitReached: boolean): BuyState {
  if (phase === 'ended') return { kind: 'ended', label: '已结束' };
  if (phase === 'upcoming') return { kind: 'upcoming', label: '即将开始' };
  if (sale.unitsLeft === 0) return { kind: 'sold_out', label: '已抢光' };
  if (limitReached) return { kind: 'limit', label: '已达限购' };
  return { kind: 'buy', label: '立即抢购' };
}

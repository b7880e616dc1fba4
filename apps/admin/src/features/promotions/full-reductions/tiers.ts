import { parseYuan, type FullReductionTier } from '@livemall/shared';

export interface TierText {
  threshold?: string;
  off?: string;
}

export const MAX_TIERS = 5;

const fenOf = (text: string | undefined) => {
  try {
    return text === undefined || text.trim() === '' ? null : parseYuan(text);
  } catch {
    return null;
  }
};

/**
 * What is wrong with the tiers as typed, in words, or null. Thresholds go up strictly and so do the
 * amounts off (a higher tier that takes less off would never be the best one), each below its threshold.
 */
export function tierProblem(tiers: TierText[] | undefined): string | null {
  if (!tiers?.length) return '请至少添加一档满减';
  if (tiers.length > MAX_TIERS) return `最多 ${MAX_TIERS} 档`;
  let prev: FullReductionTier | null = null;
  for (const [i, t] of tiers.entries()) {
    const n = i + 1;
    const threshold = fenOf(t?.threshold);
    const off = fenOf(t?.off);
    if (threshold === null || threshold <= 0) return `第 ${n} 档：请填写门槛金额（元，最多两位小数）`;
    if (off === null || off <= 0) return `第 ${n} 档：请填写减免金额（元，最多两位小数）`;
    if (off >= threshold) return `第 ${n} 档：减免金额须低于门槛金额`;
    if (prev && threshold <= prev.thresholdFen) return `第 ${n} 档：门槛须高于上一档（请按从低到高填写）`;
    if (prev && off <= prev.amountFen) return `第 ${n} 档：减免须多于上一档`;
    prev = { thresholdFen: threshold, amountFen: off };
  }
  return null;
}

/** The tiers in fen, once `tierProblem` found nothing. */
export const tiersInFen = (tiers: TierText[]): FullReductionTier[] =>
  tiers.map((t) => ({ thresholdFen: parseYuan(t.threshold!), amountFen: parseYuan(t.off!) }));

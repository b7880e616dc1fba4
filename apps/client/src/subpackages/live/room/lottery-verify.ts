import { verifyDraw } from '@livemall/split';
import type { Lottery } from '@livemall/shared';

export type LotteryCheck =
  | { ok: true }
  /** `commitment`: the seed is not the one promised; `winners`: re-drawing picks other people. */
  | { ok: false; reason: 'commitment' | 'winners' | 'not_drawn' };

/**
 * Recomputes a drawn lottery in the viewer's own device: the revealed seed must hash to the commitment
 * shown when the lottery started, and drawing from the published entrants must give the same winners in
 * the same order. Nothing here trusts the server's word for the result.
 */
export function checkLottery(lottery: Lottery, entrants: readonly string[]): LotteryCheck {
  if (lottery.status !== 'drawn' || lottery.seed === null) return { ok: false, reason: 'not_drawn' };
  try {
    return verifyDraw({
      seed: lottery.seed,
      commitment: lottery.commitment,
      entrants,
      winners: lottery.winners.map((w) => w.userId),
    });
  } catch {
    // A seed the algorithm refuses (wrong length) cannot be the committed one.
    return { ok: false, reason: 'commitment' };
  }
}

export const lotteryCheckText = (check: LotteryCheck): string => {
  if (check.ok) return '已验证：中奖结果与开奖前的承诺一致';
  if (check.reason === 'not_drawn') return '尚未开奖，开奖后可验证';
  if (check.reason === 'commitment') return '验证未通过：种子与承诺不符';
  return '验证未通过：按公开名单重算的中奖者不同';
};

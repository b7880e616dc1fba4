import { commit, drawWinners } from '@livemall/split';
import type { Lottery } from '@livemall/shared';
import { drawnLottery } from '@/test/live-fixtures';
import { checkLottery, lotteryCheckText } from './lottery-verify';

const seed = 'f'.repeat(20) + '0123456789abcdef';
const entrants = Array.from({ length: 8 }, (_, i) => `0b6c7a52-3f1e-4c2a-9d7e-5a1b2c3d4e${String(i).padStart(2, '0')}`);
const winners = drawWinners(seed, entrants, 2);
const honest: Lottery = {
  ...drawnLottery,
  winnerCount: 2,
  seed,
  commitment: commit(seed),
  entrantCount: entrants.length,
  winners: winners.map((userId) => ({ userId, nickname: userId.slice(-2) })),
};

describe('checkLottery', () => {
  it('verifies an honest draw', () => {
    expect(checkLottery(honest, entrants)).toEqual({ ok: true });
    expect(lotteryCheckText({ ok: true })).toContain('已验证');
  });

  it('catches a seed that is not the committed one', () => {
    expect(checkLottery({ ...honest, commitment: commit('x'.repeat(32)) }, entrants)).toEqual({ ok: false, reason: 'commitment' });
    expect(checkLottery({ ...honest, seed: 'short' }, entrants)).toEqual({ ok: false, reason: 'commitment' });
  });

  it('catches winners the seed did not pick, or in another order', () => {
    const swapped = [...honest.winners].reverse();
    expect(checkLottery({ ...honest, winners: swapped }, entrants)).toEqual({ ok: false, reason: 'winners' });
    // A hidden entrant changes who the draw picks.
    expect(checkLottery(honest, entrants.slice(1))).toEqual({ ok: false, reason: 'winners' });
  });

  it('does not verify a lottery that is still open', () => {
    expect(checkLottery({ ...honest, status: 'open', seed: null }, entrants)).toEqual({ ok: false, reason: 'not_drawn' });
  });
});

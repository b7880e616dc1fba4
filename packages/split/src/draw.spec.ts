import { commit } from './commit';
import { drawWinners, verifyDraw } from './draw';

const seed = 'a'.repeat(64);
const entrants = Array.from({ length: 50 }, (_, i) => `user-${String(i).padStart(2, '0')}`);

describe('drawWinners', () => {
  it('picks distinct entrants, the same ones for the same seed', () => {
    const winners = drawWinners(seed, entrants, 10);
    expect(new Set(winners).size).toBe(10);
    for (const w of winners) expect(entrants).toContain(w);
    expect(drawWinners(seed, entrants, 10)).toEqual(winners);
    expect(drawWinners('b'.repeat(64), entrants, 10)).not.toEqual(winners);
  });

  it('gives everyone when there are fewer entrants than prizes, and nobody from nobody', () => {
    expect(drawWinners(seed, entrants.slice(0, 3), 5).sort()).toEqual(entrants.slice(0, 3));
    expect(drawWinners(seed, [], 5)).toEqual([]);
  });

  it('is fair: every entrant wins about equally often over many seeds', () => {
    const wins = new Map<string, number>();
    const draws = 4000;
    for (let s = 0; s < draws; s++) {
      for (const w of drawWinners(s.toString(16).padStart(64, '0'), entrants.slice(0, 10), 1)) wins.set(w, (wins.get(w) ?? 0) + 1);
    }
    // Expected 400 each; 5 standard deviations (≈ 95) either side would be a broken draw.
    for (const e of entrants.slice(0, 10)) expect(Math.abs((wins.get(e) ?? 0) - 400)).toBeLessThan(95);
  });
});

describe('verifyDraw', () => {
  const winners = drawWinners(seed, entrants, 3);
  it('accepts the honest draw', () => {
    expect(verifyDraw({ seed, commitment: commit(seed), entrants, winners })).toEqual({ ok: true });
  });
  it('refuses a seed that is not the committed one, and a swapped winner', () => {
    expect(verifyDraw({ seed, commitment: commit('c'.repeat(64)), entrants, winners })).toEqual({ ok: false, reason: 'commitment' });
    const swapped = [entrants.find((e) => !winners.includes(e)) as string, ...winners.slice(1)];
    expect(verifyDraw({ seed, commitment: commit(seed), entrants, winners: swapped })).toEqual({ ok: false, reason: 'winners' });
  });
});

import { checkSplit } from './internals/check';
import { distinctPoints } from './internals/distinct-points';
import { uniformInt } from './internals/uniform-int';
import type { SplitOptions } from './options';
import type { RandomSource } from './random-source';

// Redraws before capped shares are evened out by hand; with a loose cap the first draw almost always fits.
const MAX_REDRAWS = 16;

/**
 * 线段切割法 (line segment): everyone first gets `min`; the fen left over form a line cut at N−1 distinct
 * random points, and the pieces are the shares. Every way of splitting the packet is equally likely, so
 * all grab positions are exchangeable: the first grabber has exactly the same chances as the last.
 *
 * With a `max`, a draw that gives someone more than the cap is redrawn (up to 16 times); if the cap is so
 * tight that redraws keep failing, the excess is moved fen-range by fen-range to random shares with room.
 *
 * @throws SplitError when no split can satisfy the input (see `SplitErrorCode`).
 */
export function lineSegment(total: number, count: number, rng: RandomSource, options: SplitOptions = {}): number[] {
  const { min, max } = checkSplit(total, count, options);
  if (count === 1) return [total];
  let shares = cut(total, count, rng, min);
  for (let i = 0; i < MAX_REDRAWS && shares.some((s) => s > max); i++) shares = cut(total, count, rng, min);
  return shares.some((s) => s > max) ? capShares(shares, rng, max) : shares;
}

function cut(total: number, count: number, rng: RandomSource, min: number): number[] {
  const spare = total - count * min;
  const n = spare + count - 1; // stars and bars: N−1 bars among spare + N−1 places
  const points = distinctPoints(rng, n, count - 1);
  const shares = new Array<number>(count);
  let previous = 0;
  for (let i = 0; i < count - 1; i++) {
    const point = points[i] as number;
    shares[i] = min + (point - previous - 1);
    previous = point;
  }
  shares[count - 1] = min + (n - previous);
  return shares;
}

function capShares(shares: number[], rng: RandomSource, max: number): number[] {
  let excess = 0;
  const out = shares.map((s) => {
    if (s <= max) return s;
    excess += s - max;
    return max;
  });
  // total ≤ count·max, so there is always room for the excess.
  while (excess > 0) {
    const open = out.flatMap((s, i) => (s < max ? [i] : []));
    const i = open[uniformInt(rng, 0, open.length - 1)] as number;
    const give = uniformInt(rng, 1, Math.min(excess, max - (out[i] as number)));
    out[i] = (out[i] as number) + give;
    excess -= give;
  }
  return out;
}

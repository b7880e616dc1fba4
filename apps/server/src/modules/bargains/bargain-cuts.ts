import { doubleMean, type RandomSource } from '@livemall/split';

/** Why a price cannot be bargained down as asked: each helper must cut at least 1 fen. */
export class BargainCutsInfeasible extends Error {
  constructor(readonly cutFen: number, readonly helpers: number) {
    super(`${cutFen} fen cannot be cut by ${helpers} helpers at 1 fen or more each`);
    this.name = 'BargainCutsInfeasible';
  }
}

/** Whether `original → floor` can be split over `helpers` cuts of at least 1 fen. */
export function cutsFeasible(originalFen: number, floorFen: number, helpers: number): boolean {
  return Number.isSafeInteger(originalFen) && Number.isSafeInteger(floorFen) && Number.isInteger(helpers) && floorFen > 0 && helpers >= 1 && originalFen - floorFen >= helpers;
}

/**
 * The cuts of one bargain, decided when it starts: `helpers` integers of at least 1 fen summing exactly to
 * `original − floor`, so the price lands on the floor at the last helper and never below it. Split by
 * 二倍均值 (the red packets' algorithm), then largest first: the first friends see the price fall most,
 * which is what keeps a starter sharing; the last ones cut little.
 */
export function bargainCuts(originalFen: number, floorFen: number, helpers: number, rng: RandomSource): number[] {
  if (!cutsFeasible(originalFen, floorFen, helpers)) throw new BargainCutsInfeasible(originalFen - floorFen, helpers);
  return doubleMean(originalFen - floorFen, helpers, rng, { min: 1 }).sort((a, b) => b - a);
}

/**
 * 手气最佳: the index of the largest share; on a tie the earliest grabber wins. −1 for no shares.
 *
 * @example luckiest([30, 50, 50, 20]) → 1
 */
export function luckiest(shares: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < shares.length; i++) {
    if (best === -1 || (shares[i] as number) > (shares[best] as number)) best = i;
  }
  return best;
}

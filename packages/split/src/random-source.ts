/**
 * Where randomness comes from. Domain code never calls Math.random: production injects a cryptographic
 * source, tests and verification a seeded one, so a split is reproducible exactly when it should be.
 */
export interface RandomSource {
  /** A uniformly distributed integer in [0, 2^32). */
  nextUint32(): number;
}

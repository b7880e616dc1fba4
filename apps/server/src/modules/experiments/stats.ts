/** Fewer exposures than this in any arm: too few for the normal approximation to mean anything. */
export const MIN_SAMPLE_PER_ARM = 30;
/** Two-sided significance level. */
export const ALPHA = 0.05;

export interface Arm {
  exposures: number;
  conversions: number;
}

export interface ZTest {
  z: number | null;
  pValue: number | null;
  verdict: string;
}

/**
 * erf by Abramowitz–Stegun 7.1.26 is only 1.5e-7; this uses the complementary-error-function Chebyshev fit
 * from Numerical Recipes (erfc, fractional error < 1.2e-7), good enough for a p-value shown to 4 digits.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Pooled two-proportion z-test of A against B; z is (pA - pB) / se, so a negative z means B converts better. */
export function twoProportionZTest(a: Arm, b: Arm): ZTest {
  if (a.exposures < MIN_SAMPLE_PER_ARM || b.exposures < MIN_SAMPLE_PER_ARM) {
    return { z: null, pValue: null, verdict: '样本不足' };
  }
  const pA = a.conversions / a.exposures;
  const pB = b.conversions / b.exposures;
  const pooled = (a.conversions + b.conversions) / (a.exposures + b.exposures);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.exposures + 1 / b.exposures));
  // se is 0 only when both arms convert all or none: the rates are equal, nothing to tell apart.
  if (se === 0) return { z: 0, pValue: 1, verdict: '差异不显著' };
  const z = (pA - pB) / se;
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  if (pValue >= ALPHA) return { z, pValue, verdict: '差异不显著' };
  return { z, pValue, verdict: pB > pA ? 'B 胜出（显著）' : 'A 胜出（显著）' };
}

/** conversions / exposures in basis points, rounded down; 0 for an empty arm. */
export function rateBps(arm: Arm): number {
  return arm.exposures === 0 ? 0 : Math.floor((arm.conversions * 10_000) / arm.exposures);
}

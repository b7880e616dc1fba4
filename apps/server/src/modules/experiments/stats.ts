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

/**
 * Pooled two-proportion z-test of a variant against the control, two-sided at `alpha`. z is
 * (p_variant − p_control) / se, so a positive z means the variant converts better.
 */
export function compareWithControl(control: Arm, variant: Arm, alpha = ALPHA): ZTest {
  if (control.exposures < MIN_SAMPLE_PER_ARM || variant.exposures < MIN_SAMPLE_PER_ARM) {
    return { z: null, pValue: null, verdict: '样本不足' };
  }
  const pC = control.conversions / control.exposures;
  const pV = variant.conversions / variant.exposures;
  const pooled = (control.conversions + variant.conversions) / (control.exposures + variant.exposures);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.exposures + 1 / variant.exposures));
  // se is 0 only when both arms convert all or none: the rates are equal, nothing to tell apart.
  if (se === 0) return { z: 0, pValue: 1, verdict: '差异不显著' };
  const z = (pV - pC) / se;
  const pValue = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  if (pValue >= alpha) return { z, pValue, verdict: '差异不显著' };
  return { z, pValue, verdict: z > 0 ? '优于对照（显著）' : '差于对照（显著）' };
}

/**
 * Each of the k − 1 variants is tested against the control; with a 5 % level per test the chance of at least
 * one false "winner" grows with k. Bonferroni keeps that family-wise chance under 5 % by testing each at
 * 0.05 / (k − 1): conservative, but simple to explain and right for the handful of variants allowed (≤ 10).
 */
export function bonferroniAlpha(variantCount: number): number {
  return ALPHA / Math.max(1, variantCount - 1);
}

/** conversions / exposures in basis points, rounded down; 0 for an empty arm. */
export function rateBps(arm: Arm): number {
  return arm.exposures === 0 ? 0 : Math.floor((arm.conversions * 10_000) / arm.exposures);
}

import { z } from 'zod';

/** A/B experiments: a user is put in one variant by a stable hash, so the same user always sees the same one. */
export const experimentKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, 'lowercase letters, digits, _ or -');

export const experimentKeyParamsSchema = z.object({ key: experimentKeySchema });
export type ExperimentKeyParams = z.infer<typeof experimentKeyParamsSchema>;

export const experimentTargetingSchema = z.enum(['all', 'new_users']);
export type ExperimentTargeting = z.infer<typeof experimentTargetingSchema>;

export const experimentStatusSchema = z.enum(['draft', 'running', 'stopped']);
export type ExperimentStatus = z.infer<typeof experimentStatusSchema>;

export const experimentVariantSchema = z.object({
  name: z.string().trim().min(1).max(32),
  /** Relative share of users; 0 keeps a variant defined but unused. */
  weight: z.number().int().min(0).max(10_000),
});
export type ExperimentVariant = z.infer<typeof experimentVariantSchema>;

export const createExperimentRequestSchema = z.object({
  key: experimentKeySchema,
  variants: z
    .array(experimentVariantSchema)
    .min(2)
    .max(10)
    .refine((vs) => new Set(vs.map((v) => v.name)).size === vs.length, 'variant names must differ')
    .refine((vs) => vs.some((v) => v.weight > 0), 'at least one weight above 0'),
  targeting: experimentTargetingSchema.default('all'),
});
export type CreateExperimentRequest = z.infer<typeof createExperimentRequestSchema>;

export const experimentSchema = z.object({
  key: z.string(),
  variants: z.array(experimentVariantSchema),
  targeting: experimentTargetingSchema,
  status: experimentStatusSchema,
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  stoppedAt: z.string().nullable(),
});
export type Experiment = z.infer<typeof experimentSchema>;

/** My variant, or null when the experiment is not running or I am not targeted. */
export const experimentAssignmentSchema = z.object({ key: z.string(), variant: z.string().nullable() });
export type ExperimentAssignment = z.infer<typeof experimentAssignmentSchema>;

/** Logged once per user: a repeat returns the first exposure. */
export const experimentExposureSchema = z.object({
  key: z.string(),
  variant: z.string(),
  exposedAt: z.string(),
});
export type ExperimentExposure = z.infer<typeof experimentExposureSchema>;

export const experimentArmResultSchema = z.object({
  variant: z.string(),
  exposures: z.number().int().nonnegative(),
  /** Exposed users who paid an order at or after their exposure. */
  conversions: z.number().int().nonnegative(),
  /** conversions / exposures in basis points (1/100 of a percent), 0 when no exposures. */
  rateBps: z.number().int().nonnegative(),
  /**
   * Pooled two-proportion z-test of this variant against the control (the first variant): z > 0 means this
   * variant converts better. Null for the control itself and when either arm has too few exposures.
   */
  z: z.number().nullable(),
  /** Two-sided p-value of that test, unadjusted: compare it with `alpha` of the results. */
  pValue: z.number().nullable(),
  /** Plain words: '对照组', '优于对照（显著）', '差于对照（显著）', '差异不显著' or '样本不足'. */
  verdict: z.string(),
});
export type ExperimentArmResult = z.infer<typeof experimentArmResultSchema>;

export const experimentResultsSchema = z.object({
  key: z.string(),
  status: experimentStatusSchema,
  /** The variant every other one is compared with: the first. */
  control: z.string(),
  /** Significance level of each comparison: 0.05 split over the k − 1 comparisons (Bonferroni). */
  alpha: z.number(),
  arms: z.array(experimentArmResultSchema),
  /** The experiment in plain words: '<variant> 胜出（显著）', '对照组胜出（显著）', '差异不显著' or '样本不足'. */
  verdict: z.string(),
});
export type ExperimentResults = z.infer<typeof experimentResultsSchema>;

/** One row of a merchant's experiment list: the experiment and how many users saw each variant so far. */
export const merchantExperimentSchema = experimentSchema.extend({
  exposures: z.array(z.object({ variant: z.string(), exposures: z.number().int().nonnegative() })),
});
export type MerchantExperiment = z.infer<typeof merchantExperimentSchema>;

export const merchantExperimentListSchema = z.object({ items: z.array(merchantExperimentSchema) });
export type MerchantExperimentList = z.infer<typeof merchantExperimentListSchema>;

import { defineRoute } from './contract';
import { merchantExperimentListSchema } from './experiment';

/** Experiment routes added after the first A/B release (the rest sit in api.ts). */
export const experimentRoutes = {
  merchantExperiments: defineRoute({
    method: 'GET',
    path: '/merchant/experiments',
    tag: 'experiments',
    summary: "My shop's experiments, newest first (at most 200), with how many users saw each variant",
    access: ['merchant'],
    response: merchantExperimentListSchema,
    errors: ['NOT_A_MERCHANT'],
  }),
} as const;

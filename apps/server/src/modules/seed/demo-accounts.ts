/** Seed keys of the demo accounts that `POST /auth/demo` logs into. */
export const DEMO_SEED_KEYS = {
  merchant: 'demo-merchant',
  admin: 'demo-admin',
} as const;

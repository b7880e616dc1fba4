/** Seed keys of the demo accounts that `POST /auth/demo` logs into. */
export const DEMO_SEED_KEYS = {
  merchant: 'demo-merchant',
  admin: 'demo-admin',
} as const;

/**
 * The demo shop owner's merchant-console login, set by the demo seed only while the owner has none (a
 * changed password survives reboots). Public on purpose: it is in the README, like the demo login.
 */
export const DEMO_CONSOLE_LOGIN = { login: 'demo', password: 'demo1234' } as const;

import type { AuthTokens } from '@livemall/shared';

export interface LoginOptions {
  /** A nickname to show instead of the default one. */
  nickname?: string;
}

/** Logs in the way the platform allows (WeChat code or H5 guest) and returns the new tokens. */
export type LoginFn = (options?: LoginOptions) => Promise<AuthTokens>;

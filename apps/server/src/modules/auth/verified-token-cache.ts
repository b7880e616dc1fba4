import type { AuthUser } from './auth-user';

/**
 * Verifying an HS256 JWT with jsonwebtoken costs ~0.35 ms of CPU (about 2,900/s on one core), more than
 * the rest of a simple authenticated read. A client sends the same access token on every request until
 * it expires, so a verified token is remembered until its `exp`. Bounded; the oldest entries go first.
 * The bound is sized for a big live room: with 10,000 entries a room of 20,000 viewers evicted every
 * token before its owner's next request, and every grab of a red-packet flood paid for a verify.
 * 50,000 entries of a ~250-byte token each stay around 20 MB.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, { user: AuthUser; expiresAtMs: number }>();

  constructor(private readonly maxEntries = 50_000) {}

  get(token: string, nowMs = Date.now()): AuthUser | undefined {
    const hit = this.entries.get(token);
    if (!hit) return undefined;
    if (hit.expiresAtMs <= nowMs) {
      this.entries.delete(token);
      return undefined;
    }
    return hit.user;
  }

  set(token: string, user: AuthUser, expiresAtMs: number): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, { user, expiresAtMs });
  }
}

import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N = 2^14, r = 8, p = 1 (16 MiB, tens of milliseconds) — OWASP's floor for scrypt. */
export const DEFAULT_SCRYPT = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

export type ScryptParams = { N: number; r: number; p: number };
type Parsed = ScryptParams & { salt: Buffer; key: Buffer };

function derive(password: string, salt: Buffer, length: number, params: ScryptParams): Promise<Buffer> {
  // maxmem must cover 128·N·r or Node refuses larger costs read back from a stored hash.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, length, options, (err, key) => (err ? reject(err) : resolve(key))));
}

/**
 * `scrypt$N$r$p$salt$key` (base64url): the parameters travel with the hash, so raising the cost later
 * still verifies the passwords stored before.
 */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_LENGTH, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** The parts of a stored hash, or null when it is not one this module wrote. */
export function parsePasswordHash(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  const sane = [N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) && (N & (N - 1)) === 0 && N <= 1 << 20 && r <= 32 && p <= 16;
  if (!sane || salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** Whether the password matches; an unreadable stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed);
  return timingSafeEqual(key, parsed.key);
}

import { createHmac, randomUUID } from 'node:crypto';

/** The deployment's signing secret in the matrix (the server is started with it). */
export const AUTHZ_JWT_SECRET = 'authz-matrix-secret-0123456789-0123456789-abcdef';

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** A JWT made by hand, so each way of forging one can be tried against the server. */
export function jwt(payload: Record<string, unknown>, o: { secret?: string; alg?: string } = {}): string {
  const alg = o.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  if (alg === 'none') return `${head}.`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256';
  return `${head}.${createHmac(hash, o.secret ?? AUTHZ_JWT_SECRET).update(head).digest('base64url')}`;
}

export function claims(sub: string, roles: string[], ttlSeconds = 900): Record<string, unknown> {
  return { sub, roles, iat: now(), exp: now() + ttlSeconds };
}

/** Decodes a token's payload without checking it (the test's own tokens). */
export function payloadOf(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
}

/** The bad tokens every protected entry point must refuse, each with the code it must answer. */
export function badTokens(user: { token: string; userId: string }): Array<[string, string, 'UNAUTHORIZED' | 'TOKEN_EXPIRED']> {
  const [head, , sig] = user.token.split('.');
  const withMerchant = `${head}.${b64({ ...payloadOf(user.token), roles: ['user', 'merchant', 'admin'] })}.${sig}`;
  return [
    ['expired (real secret, exp in the past)', jwt({ ...claims(user.userId, ['user']), iat: now() - 3600, exp: now() - 60 }), 'TOKEN_EXPIRED'],
    ['wrong signature (last bytes changed)', `${user.token.slice(0, -4)}${user.token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`, 'UNAUTHORIZED'],
    ['alg none with a forged admin payload', jwt(claims(user.userId, ['user', 'merchant', 'admin']), { alg: 'none' }), 'UNAUTHORIZED'],
    ['HS256 signed with another secret', jwt(claims(user.userId, ['user', 'merchant', 'admin']), { secret: 'not-the-server-secret' }), 'UNAUTHORIZED'],
    ['HS512 with the real secret (algorithm not allowed)', jwt(claims(user.userId, ['user', 'admin']), { alg: 'HS512' }), 'UNAUTHORIZED'],
    ['role claims edited (merchant, admin added), old signature', withMerchant, 'UNAUTHORIZED'],
    ['no exp claim (real secret)', jwt({ sub: user.userId, roles: ['user'] }), 'UNAUTHORIZED'],
    ['sub not a uuid (real secret)', jwt(claims('admin', ['user', 'admin'])), 'UNAUTHORIZED'],
    ['garbage', 'not.a.jwt', 'UNAUTHORIZED'],
    ['refresh token used as an access token', randomUUID(), 'UNAUTHORIZED'],
  ];
}

import { createHmac } from 'node:crypto';

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** HS256 access tokens as the server issues them, so a benchmark can act as 20,000 logged-in viewers. */
export function signAccessToken(secret: string, userId: string, ttlSeconds = 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64(JSON.stringify({ sub: userId, roles: ['user'], iat: now, exp: now + ttlSeconds }));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** The user id inside a token, without checking it (the bare endpoints trust the benchmark). */
export function subjectOf(authorization: string | undefined): string {
  const payload = authorization?.split('.')[1];
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string }).sub : '';
}

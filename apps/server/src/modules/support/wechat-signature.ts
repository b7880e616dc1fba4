import { createHash, timingSafeEqual } from 'node:crypto';

/** WeChat's message-push signature: sha1 of token, timestamp and nonce sorted and joined (hex). */
export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

/** Compared in constant time, so the answer time does not tell how much of a forged signature was right. */
export function signatureMatches(token: string, q: { signature?: unknown; timestamp?: unknown; nonce?: unknown }): boolean {
  if (typeof q.signature !== 'string' || typeof q.timestamp !== 'string' || typeof q.nonce !== 'string') return false;
  const expected = Buffer.from(wechatSignature(token, q.timestamp, q.nonce));
  const given = Buffer.from(q.signature.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

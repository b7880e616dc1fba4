import { randomInt } from 'node:crypto';

/** Date and twelve random digits: unique by the index, not guessable in sequence. */
export function orderNo(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `${day}${String(randomInt(0, 1e12)).padStart(12, '0')}`;
}

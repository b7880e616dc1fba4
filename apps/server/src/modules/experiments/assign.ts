import { createHash } from 'node:crypto';
import type { ExperimentVariant } from '@livemall/shared';

/**
 * The variant a subject (openid or user id) falls in: md5 of `${key}:${subject}`, its first 8 hex digits as an
 * integer, mod the total weight, then walk the weights. Stable across calls and instances with no stored state,
 * and independent between experiments because the key is hashed in.
 */
export function assignVariant(experimentKey: string, subject: string, variants: readonly ExperimentVariant[]): string | null {
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  if (total <= 0) return null;
  const digest = createHash('md5').update(`${experimentKey}:${subject}`).digest('hex');
  let point = parseInt(digest.slice(0, 8), 16) % total;
  for (const v of variants) {
    if (point < v.weight) return v.name;
    point -= v.weight;
  }
  return null; // unreachable: point < total
}

import { randomBytes, randomFillSync } from 'node:crypto';
import type { RandomSource } from './random-source';

/**
 * Server-side randomness from the operating system's CSPRNG (`node:crypto`), buffered 1,024 words at a
 * time. For splits nobody needs to reproduce; a packet that must be verifiable is split from a seed.
 */
export function cryptoSource(): RandomSource {
  const words = new Uint32Array(1024);
  let next = words.length;
  return {
    nextUint32() {
      if (next >= words.length) {
        randomFillSync(words);
        next = 0;
      }
      return words[next++] as number;
    },
  };
}

/** A fresh secret seed for a packet: 32 random bytes as 64 hex characters. */
export function generateSeed(): string {
  return randomBytes(32).toString('hex');
}

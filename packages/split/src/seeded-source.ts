import { chacha20 } from '@noble/ciphers/chacha';
import { sha256 } from '@noble/hashes/sha2';
import { utf8 } from './internals/utf8';
import { checkSeed } from './internals/check-seed';
import type { RandomSource } from './random-source';

const DOMAIN = 'livemall/split/v1\u0000';
const CHUNK_BYTES = 4096; // 64 ChaCha20 blocks
const ZERO_NONCE = new Uint8Array(12);

/**
 * A deterministic, cryptographically strong stream from a seed: the ChaCha20 keystream (RFC 8439, zero
 * nonce, block counter from 0) under the key SHA-256("livemall/split/v1\0" ‖ UTF-8(seed)), read as
 * little-endian 32-bit words. Knowing some shares does not reveal the next ones before the seed is
 * published, and anyone with the seed recomputes every share, on any platform, byte for byte.
 */
export function seededSource(seed: string): RandomSource {
  checkSeed(seed);
  const key = sha256(utf8(DOMAIN + seed));
  let counter = 0;
  let words = new Uint32Array(0);
  let next = 0;
  const refill = () => {
    const bytes = chacha20(key, ZERO_NONCE, new Uint8Array(CHUNK_BYTES), undefined, counter);
    counter += CHUNK_BYTES / 64;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    words = new Uint32Array(CHUNK_BYTES / 4);
    for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4, true);
    next = 0;
  };
  return {
    nextUint32() {
      if (next >= words.length) refill();
      return words[next++] as number;
    },
  };
}

import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { utf8 } from './internals/utf8';
import { checkSeed } from './internals/check-seed';

/**
 * The public commitment to a secret seed: SHA-256 of its UTF-8 bytes, as lowercase hex. Published when
 * the packet is created, before anyone grabs; the seed itself is revealed once the packet is over, and
 * anyone can check that it hashes to what was promised.
 */
export function commit(seed: string): string {
  checkSeed(seed);
  return bytesToHex(sha256(utf8(seed)));
}

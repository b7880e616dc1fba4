import { createCipheriv, createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as source from '../src';
import { vectorSet } from './vectors';

const firstSeed = vectorSet.cases[0]?.seed as string;

describe('known-answer vectors on Node', () => {
  it('the seeded stream is plain ChaCha20 (checked against OpenSSL through node:crypto)', () => {
    const key = createHash('sha256').update(`livemall/split/v1\u0000${firstSeed}`, 'utf8').digest();
    // OpenSSL's chacha20 IV: 32-bit little-endian block counter, then the 96-bit nonce.
    const keystream = createCipheriv('chacha20', key, Buffer.alloc(16)).update(Buffer.alloc(32));
    const openssl = Array.from({ length: 8 }, (_, i) => keystream.readUInt32LE(i * 4).toString(16).padStart(8, '0'));
    const rng = source.seededSource(firstSeed);
    const ours = Array.from({ length: 8 }, () => rng.nextUint32().toString(16).padStart(8, '0'));
    expect(ours).toEqual(openssl);
    expect(ours).toEqual(vectorSet.words);
  });

  it('the source reproduces every vector and its commitment', () => {
    expect(source.commit(firstSeed)).toBe(vectorSet.commitment);
    for (const v of vectorSet.cases) expect(source.splitFromSeed(v.seed, v.total, v.count, v.algorithm, v.options)).toEqual(v.shares);
  });

  it('the compiled build the server loads reproduces every vector', () => {
    const dist = join(__dirname, '../dist/index.js');
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`pnpm build:packages\` (pnpm test does)`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = require(dist) as typeof source;
    for (const v of vectorSet.cases) expect(built.splitFromSeed(v.seed, v.total, v.count, v.algorithm, v.options)).toEqual(v.shares);
  });
});

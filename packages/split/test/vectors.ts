import type { SplitOptions } from '../src/options';
import type { SplitAlgorithm } from '../src/split-from-seed';
import vectors from './vectors.json';

/**
 * Known answers, recorded once from the Node build. Every platform that verifies packets (the server,
 * the browser bundle, the H5 app) must reproduce them byte for byte.
 */
export interface SplitVector {
  seed: string;
  total: number;
  count: number;
  algorithm: SplitAlgorithm;
  options: SplitOptions;
  shares: number[];
}

export const vectorSet = vectors as { words: string[]; commitment: string; cases: SplitVector[] };

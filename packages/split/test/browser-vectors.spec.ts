/// <reference lib="dom" />
// The evaluate callback runs in the page, so it may name window and navigator.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { vectorSet } from './vectors';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The package's browser entry, bundled for the browser (a Node-only import would fail the bundle), run in
 * a real Chromium: it must reproduce the vectors recorded on Node, byte for byte.
 */
describe('known-answer vectors in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (Debian package \`chromium\`, or set CHROMIUM_PATH)`);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // playwright gives every launch a fresh, throw-away profile
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reproduces the stream, the commitment and every split', async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, '../src/index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'LiveMallSplit',
      target: 'es2020',
    });
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const result = await page.evaluate((set) => {
      const split = (window as unknown as { LiveMallSplit: typeof import('../src') }).LiveMallSplit;
      const seed = set.cases[0]?.seed as string;
      const rng = split.seededSource(seed);
      return {
        userAgent: navigator.userAgent,
        words: Array.from({ length: 8 }, () => rng.nextUint32().toString(16).padStart(8, '0')),
        commitment: split.commit(seed),
        shares: set.cases.map((v) => split.splitFromSeed(v.seed, v.total, v.count, v.algorithm, v.options)),
      };
    }, vectorSet);
    expect(result.userAgent).toMatch(/Chrome/);
    expect(result.words).toEqual(vectorSet.words);
    expect(result.commitment).toBe(vectorSet.commitment);
    expect(result.shares).toEqual(vectorSet.cases.map((v) => v.shares));
  });
});

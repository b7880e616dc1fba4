#!/usr/bin/env node
// WeChat refuses to upload a mini-program whose main package is over 2 MB. This sums the main package
// of dist/weapp (every file not under a sub-package root from app.json) and each sub-package, and fails
// when the main package is over the limit, so a heavy import is caught at build time, not at upload.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_LIMIT = 2 * 1024 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'weapp');
const appJsonPath = path.join(root, 'app.json');

if (!existsSync(appJsonPath)) {
  console.error(`check-weapp-size: ${appJsonPath} not found; run \`pnpm --filter @livemall/client build:weapp\` first`);
  process.exit(2);
}

const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'));
const subRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])].map((p) =>
  p.root.replace(/^\/+|\/+$/g, ''),
);

// DevTools settings, not package code. Everything else counts (conservative: .txt and .map too).
const notUploaded = new Set(['project.config.json', 'project.private.config.json']);

const sizes = new Map([['(main)', 0], ...subRoots.map((r) => [r, 0])]);
const owner = (rel) => subRoots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? '(main)';

for (const rel of walk(root)) {
  if (notUploaded.has(rel)) continue;
  const key = owner(rel);
  sizes.set(key, sizes.get(key) + statSync(path.join(root, rel)).size);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, size] of sizes) console.log(`${name.padEnd(28)} ${kb(size).padStart(12)}`);
const main = sizes.get('(main)');
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
console.log(`${'(total)'.padEnd(28)} ${kb(total).padStart(12)}`);

if (main > MAIN_LIMIT) {
  console.error(`main package is ${kb(main)}, over the ${kb(MAIN_LIMIT)} limit`);
  process.exit(1);
}
console.log(`main package ${kb(main)} is within the ${kb(MAIN_LIMIT)} limit`);

function* walk(dir, prefix = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), rel);
    else yield rel;
  }
}

#!/usr/bin/env node
// `pnpm test`: builds what the end-to-end tests start (shared packages, the server, the H5 app), runs
// every package's jest suite one after another (2-core machines), and ends with one line:
// `N passed, N failed`, summed over the workspace. Exits non-zero if anything failed.
// Set LM_TEST_SKIP_BUILD=1 to reuse existing builds while iterating.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const outDir = join(root, 'test-results');
mkdirSync(outDir, { recursive: true });

const packages = [
  ['@livemall/shared', 'packages/shared'],
  ['@livemall/split', 'packages/split'],
  ['@livemall/server', 'apps/server'],
  ['@livemall/client', 'apps/client'],
  ['@livemall/admin', 'apps/admin'],
];

let passed = 0;
let failed = 0;
const lines = [];

if (!process.env.LM_TEST_SKIP_BUILD) {
  for (const script of [['run', 'build:packages'], ['--filter', '@livemall/server', 'run', 'build'], ['--filter', '@livemall/client', 'run', 'build:h5'], ['--filter', '@livemall/admin', 'run', 'build']]) {
    const code = await run(pnpm, script, { cwd: root });
    if (code !== 0) {
      // Without the builds the e2e suites cannot run; count the build as a failure and go on so the
      // suites that don't need it still report.
      failed += 1;
      lines.push(`build (${script.join(' ')}): FAILED`);
    }
  }
}

for (const [name, dir] of packages) {
  const file = join(outDir, `jest-${name.split('/')[1]}.json`);
  rmSync(file, { force: true });
  console.log(`\n━━ ${name} ━━`);
  const code = await run(pnpm, ['exec', 'jest', '--json', `--outputFile=${file}`], { cwd: join(root, dir) });
  if (!existsSync(file)) {
    failed += 1;
    lines.push(`${name}: jest produced no report (exit ${code})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load (syntax error, missing build) has no failing test but must still count.
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenSuites;
  const setupFailed = code !== 0 && report.numFailedTests + brokenSuites === 0;
  if (setupFailed) failed += 1;
  lines.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites + (setupFailed ? 1 : 0)} failed`);
}

console.log(`\n${lines.join('\n')}`);
writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ passed, failed, lines }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

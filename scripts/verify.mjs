#!/usr/bin/env node
// `pnpm verify`: the long forms of the hardening checks, which CI runs only in short. Builds the shared
// packages and the server, then runs
//   hardening — apps/server's test/hardening specs with VERIFY_LONG=1 (more requests, rounds, longer storms);
//   soak      — bench/soak.ts, the mixed scenario against one built server for 30 minutes, with its verdict.
// Every part runs even if an earlier one failed; it ends with a line per part and exits non-zero if any failed.
//   pnpm verify [--only hardening|soak[,…]] [--soak-seconds 1800] [--skip-build]
// (LM_TEST_SKIP_BUILD=1 skips the build too, as for `pnpm test`.) About 45 minutes in all on 2 cores.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const PARTS = ['hardening', 'soak'];

function parseArgs(argv) {
  const opts = { only: PARTS, soakSeconds: 1800, build: !process.env.LM_TEST_SKIP_BUILD };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--only') opts.only = value().split(',');
    else if (flag === '--soak-seconds') opts.soakSeconds = Number(value());
    else if (flag === '--skip-build') opts.build = false;
    else if (flag === '--help' || flag === '-h') {
      console.log('pnpm verify [--only hardening|soak[,…]] [--soak-seconds N] [--skip-build]');
      process.exit(0);
    } else {
      console.error(`unknown option ${argv[i]} (try --help)`);
      process.exit(2);
    }
  }
  const unknown = opts.only.filter((p) => !PARTS.includes(p));
  if (unknown.length) {
    console.error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
    process.exit(2);
  }
  if (!Number.isInteger(opts.soakSeconds) || opts.soakSeconds < 30) {
    console.error('--soak-seconds takes a whole number of seconds, at least 30');
    process.exit(2);
  }
  return opts;
}

const minutes = (ms) => `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`;

async function hardening() {
  const outDir = join(root, 'test-results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'verify-hardening.json');
  rmSync(file, { force: true });
  // One spec at a time: the long forms are storms of their own and the machine has 2 cores.
  const code = await run(pnpm, ['exec', 'jest', 'test/hardening', '--runInBand', '--json', `--outputFile=${file}`], {
    cwd: join(root, 'apps/server'),
    env: { ...process.env, VERIFY_LONG: '1' },
  });
  if (!existsSync(file)) return { ok: false, text: `jest produced no report (exit ${code})` };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  return { ok: code === 0 && failed === 0, text: `${report.numPassedTests} passed, ${failed} failed in ${report.numTotalTestSuites} spec files${code !== 0 && failed === 0 ? ` (jest exit ${code})` : ''}` };
}

async function soak(seconds) {
  const code = await run(pnpm, ['exec', 'tsx', 'bench/soak.ts'], { cwd: root, env: { ...process.env, SOAK_SECONDS: String(seconds) } });
  return { ok: code === 0, text: code === 0 ? `${seconds} s, verdict PASS` : `${seconds} s, verdict FAIL (exit ${code}; the table above says why)` };
}

const opts = parseArgs(process.argv.slice(2));
const lines = [];
let failed = 0;

if (opts.build) {
  for (const args of [['run', 'build:packages'], ['--filter', '@livemall/server', 'run', 'build']]) {
    if ((await run(pnpm, args, { cwd: root })) !== 0) {
      console.error(`\n✗ pnpm ${args.join(' ')} failed: nothing to verify without the built server`);
      process.exit(1);
    }
  }
}

for (const part of PARTS.filter((p) => opts.only.includes(p))) {
  console.log(`\n━━ verify: ${part} ━━`);
  const t0 = Date.now();
  const result = part === 'hardening' ? await hardening() : await soak(opts.soakSeconds);
  if (!result.ok) failed++;
  lines.push(`${part}: ${result.ok ? 'ok' : 'FAILED'} — ${result.text} (${minutes(Date.now() - t0)})`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`verify: ${lines.length - failed} parts passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

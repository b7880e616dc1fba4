#!/usr/bin/env node
// `pnpm start`: build what is missing or stale, then run the server in the foreground. With no
// DATABASE_URL it starts its own PostgreSQL in .data/pg and seeds the demo shop; it prints its URL.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminIsStale, h5IsStale } from './h5-freshness.mjs';
import { quiet } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

await quiet('Building the shared packages', pnpm, ['run', 'build:packages'], { cwd: root });
await quiet('Building the server', pnpm, ['--filter', '@livemall/server', 'run', 'build'], { cwd: root });
if (h5IsStale(root) || process.argv.includes('--rebuild')) {
  await quiet('Building the H5 app (about half a minute)', pnpm, ['--filter', '@livemall/client', 'run', 'build:h5'], { cwd: root });
}
if (adminIsStale(root) || process.argv.includes('--rebuild')) {
  await quiet('Building the merchant console', pnpm, ['--filter', '@livemall/admin', 'run', 'build'], { cwd: root });
}

const server = spawn(process.execPath, [join(root, 'apps/server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

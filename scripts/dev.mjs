#!/usr/bin/env node
// `pnpm dev`: the server recompiled and restarted on change (port 3000), and Taro's H5 dev server
// (port 10086) pointing at it. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { must } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
await must(pnpm, ['run', 'build:packages'], { cwd: root });
await must(pnpm, ['--filter', '@livemall/server', 'run', 'build'], { cwd: root });

const api = process.env.TARO_APP_API_BASE || `http://localhost:${process.env.PORT || 3000}`;
const children = [
  spawn(pnpm, ['--filter', '@livemall/server', 'exec', 'tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=apps/server/dist', 'apps/server/dist/main.js'], { cwd: root, stdio: 'inherit' }),
  spawn(pnpm, ['--filter', '@livemall/client', 'exec', 'taro', 'build', '--type', 'h5', '--watch'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development', TARO_APP_API_BASE: api },
  }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => code && code !== 0 && console.error(`a dev process exited with ${code}`));

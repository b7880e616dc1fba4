import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The H5 build is stale when any client or shared source is newer than its index.html. */
export function h5IsStale(root) {
  const index = join(root, 'apps/client/dist/h5/index.html');
  if (!existsSync(index)) return true;
  const sources = ['apps/client/src', 'apps/client/config', 'packages/shared/src'].map((d) => newest(join(root, d)));
  return Math.max(...sources) > statSync(index).mtimeMs;
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  if (statSync(dir).isFile()) return statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function isStale(root, index, sourceDirs) {
  if (!existsSync(join(root, index))) return true;
  const sources = [...sourceDirs, 'packages/shared/src'].map((d) => newest(join(root, d)));
  return Math.max(...sources) > statSync(join(root, index)).mtimeMs;
}

/** The H5 build is stale when any client or shared source is newer than its index.html. */
export const h5IsStale = (root) => isStale(root, 'apps/client/dist/h5/index.html', ['apps/client/src', 'apps/client/config']);

/** The merchant console's build, likewise. */
export const adminIsStale = (root) => isStale(root, 'apps/admin/dist/index.html', ['apps/admin/src', 'apps/admin/index.html']);

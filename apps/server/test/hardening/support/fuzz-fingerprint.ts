import type Redis from 'ioredis';
import type { Client } from 'pg';

/** Every table of the public schema → `count:md5` of all its rows. Two equal maps: no row changed. */
export async function databaseFingerprint(db: Client): Promise<Map<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const out = new Map<string, string>();
  for (const { name } of tables) {
    const { rows } = await db.query<{ n: string; h: string }>(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS h FROM public."${name}" t`);
    out.set(name, `${rows[0]?.n}:${rows[0]?.h}`);
  }
  return out;
}

/** Every key under `prefix` → its type and a digest of its value (TTLs left out: they tick by themselves). */
export async function redisFingerprint(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  const out = new Map<string, string>();
  for (const key of keys.sort()) {
    // A room's live feed: the online count is published on a timer, from the sockets that are open.
    // Comments and likes that feed would show are checked in the database (stored comments, room likes).
    if (/^room:\{[^}]+\}:(events|seq|online)$/.test(key.slice(prefix.length))) continue;
    // Rate-limit windows count attempts, refused ones included (that is what a login limit is for), and
    // they expire by themselves: a long run saw a checkout window lapse and a bad login counted.
    if (key.slice(prefix.length).startsWith('rl:')) continue;
    const dump = await redis.dumpBuffer(key);
    out.set(key.slice(prefix.length), dump ? dump.toString('base64') : '(gone)');
  }
  return out;
}

/** The entries that differ between two fingerprints, for the failure message. */
export function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).map((n) => `${n}: ${before.get(n) ?? '(none)'} → ${after.get(n) ?? '(none)'}`);
}

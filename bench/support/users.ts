import type { Client } from 'pg';

/** `count` guest users made in one statement, for a benchmark's audience; `tag` keeps their device ids apart per run and mode. */
export async function insertGuests(db: Client, tag: string, count: number, nickname = '用户'): Promise<string[]> {
  const users = await db.query(
    `INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', $1 || '-' || i, $2 || i FROM generate_series(1, $3::int) i RETURNING id`,
    [tag, nickname, count],
  );
  return users.rows.map((r: { id: string }) => r.id);
}

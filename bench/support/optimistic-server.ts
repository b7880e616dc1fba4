// The seed article's design, for comparison: read the packet with its version, draw a double-mean share
// in the app, `UPDATE … WHERE version = v` and retry on conflict, then record the grab. It moves no
// wallet or ledger rows, so it is favoured against the real strategies.
//   tsx bench/support/optimistic-server.ts <port> <databaseUrl>
import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { subjectOf } from './jwt';

const [port, databaseUrl] = process.argv.slice(2) as [string, string];
const pool = new Pool({ connectionString: databaseUrl, max: 20 });
let retries = 0;

async function setup(shares: number): Promise<void> {
  await pool.query(`DROP TABLE IF EXISTS bench_opt_grabs; DROP TABLE IF EXISTS bench_opt_packets;
    CREATE TABLE bench_opt_packets (id int PRIMARY KEY, remaining_amount bigint NOT NULL, remaining_count int NOT NULL, version int NOT NULL);
    CREATE TABLE bench_opt_grabs (packet_id int NOT NULL, user_id uuid NOT NULL, amount bigint NOT NULL, UNIQUE (packet_id, user_id));`);
  await pool.query('INSERT INTO bench_opt_packets VALUES (1, $1, $2, 1)', [shares * 200, shares]);
}

async function grab(userId: string): Promise<number> {
  for (;;) {
    const client = await pool.connect();
    try {
      if ((await client.query('SELECT 1 FROM bench_opt_grabs WHERE packet_id = 1 AND user_id = $1', [userId])).rowCount) return 409;
      const { rows } = await client.query('SELECT remaining_amount, remaining_count, version FROM bench_opt_packets WHERE id = 1');
      const p = rows[0] as { remaining_amount: string; remaining_count: number; version: number };
      if (p.remaining_count === 0) return 410;
      const left = Number(p.remaining_amount);
      const amount = p.remaining_count === 1 ? left : randomInt(1, Math.max(2, Math.floor((2 * left) / p.remaining_count)));
      await client.query('BEGIN');
      const updated = await client.query(
        'UPDATE bench_opt_packets SET remaining_amount = remaining_amount - $1, remaining_count = remaining_count - 1, version = version + 1 WHERE id = 1 AND version = $2',
        [amount, p.version],
      );
      if (updated.rowCount === 0) {
        await client.query('ROLLBACK');
        retries++;
        continue;
      }
      try {
        await client.query('INSERT INTO bench_opt_grabs VALUES (1, $1, $2)', [userId, amount]);
        await client.query('COMMIT');
        return 200;
      } catch {
        await client.query('ROLLBACK');
        return 409;
      }
    } finally {
      client.release();
    }
  }
}

void setup(1000).then(() => {
  createServer((req, res) => {
    if (req.url === '/reset') {
      void setup(1000).then(() => res.end('{}'));
      return;
    }
    void grab(subjectOf(req.headers.authorization)).then((code) => {
      res.writeHead(code, { 'content-type': 'application/json', 'x-retries': String(retries) });
      res.end('{}');
    });
  }).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
});

// The ceiling: a bare node:http endpoint that only runs the grab Lua script, nothing else. Started as a
// child process by bench/grab.ts:  tsx bench/support/bare-lua-server.ts <port> <redisUrl> <prefix>
import { createServer } from 'node:http';
import Redis from 'ioredis';
import { GRAB_LUA, packetKeys } from '../../apps/server/src/modules/red-packets/grab/redis-grab.scripts';
import { subjectOf } from './jwt';

const [port, redisUrl, prefix] = process.argv.slice(2) as [string, string, string];
const redis = new Redis(redisUrl, { keyPrefix: prefix }) as Redis & { rpGrab(a: string, b: string, c: string, u: string): Promise<[string, string?]> };
redis.defineCommand('rpGrab', { numberOfKeys: 3, lua: GRAB_LUA });
const k = packetKeys('bare');

async function load(shares: number): Promise<void> {
  const now = Date.now();
  await redis.del(k.shares, k.users, k.meta);
  await redis.rpush(k.shares, ...Array.from({ length: shares }, (_, i) => `${i}:200`));
  await redis.hset(k.meta, { status: 'open', from: now - 1000, until: now + 3_600_000 });
}

const status: Record<string, number> = { grabbed: 200, already: 409, empty: 410, expired: 410, over: 410, not_started: 409, missing: 503 };
void load(1000).then(() => {
  createServer((req, res) => {
    if (req.url === '/reset') {
      void load(1000).then(() => res.end('{}'));
      return;
    }
    void redis.rpGrab(k.shares, k.users, k.meta, subjectOf(req.headers.authorization)).then(([verdict, item]) => {
      res.writeHead(status[verdict] ?? 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ verdict, item }));
    });
  }).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
});

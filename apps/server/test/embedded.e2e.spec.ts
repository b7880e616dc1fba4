import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { authTokensSchema, grabResultSchema, healthSchema, redPacketSchema, userSchema, walletSchema } from '@livemall/shared';
import { freePort, requireBuiltServer, type Spawned, spawnServer as spawn, waitForHealth } from './support/spawn-server';

function postmasterPid(dataDir: string): number {
  return Number.parseInt(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The default path, for real: no DATABASE_URL, no REDIS_URL, the built server started as a process. */
describe('embedded mode (the built server, nothing configured)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lm-embedded-'));
  // mkdtemp makes the folder private; as root, postgres runs as the postgres user and must reach it.
  chmodSync(dataDir, 0o755);
  const h5Dir = mkdtempSync(join(tmpdir(), 'lm-embedded-h5-'));
  let leftover: number | undefined;
  const children: Spawned[] = [];
  const spawnServer = (env: Record<string, string>) => {
    const s = spawn(env);
    children.push(s);
    return s;
  };

  beforeAll(() => requireBuiltServer());
  afterAll(() => {
    for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
    if (leftover && alive(leftover)) process.kill(leftover, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses DATABASE_URL=not-a-url with one line naming the variable, and a non-zero exit', async () => {
    const run = spawnServer({ DATABASE_URL: 'not-a-url', DATA_DIR: dataDir });
    expect(await run.exited).not.toBe(0);
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: DATABASE_URL/);
  });

  it('starts its own PostgreSQL, serves logins, survives a hard kill, and shuts down cleanly', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), DATA_DIR: dataDir, H5_DIR: h5Dir };

    const first = spawnServer(env);
    const health = healthSchema.parse(await waitForHealth(base, first));
    expect(health).toMatchObject({ status: 'ok', database: { status: 'up', mode: 'embedded' }, redis: { status: 'disabled' } });
    const pgPid = postmasterPid(dataDir);
    expect(alive(pgPid)).toBe(true);
    const login = authTokensSchema.parse(
      await (await fetch(`${base}/auth/guest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ deviceId: 'embedded-e2e-1' }) })).json(),
    );
    expect(first.stdout()).toContain(`LiveMall is running: http://localhost:${port}/`);

    // A red packet that expires while the server is down: the next start must refund it, once.
    const post = async (path: string, body: unknown, token?: string) =>
      (await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })).json();
    const admin = authTokensSchema.parse(await post('/auth/demo', { account: 'admin' })).accessToken;
    const merchant = authTokensSchema.parse(await post('/auth/demo', { account: 'merchant' })).accessToken;
    await post('/admin/merchant-top-ups', { requestId: randomUUID(), merchantId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001', amount: 5_000 }, admin);
    const before = walletSchema.parse(await (await fetch(`${base}/merchant/wallet`, { headers: { authorization: `Bearer ${merchant}` } })).json()).balance;
    const packet = redPacketSchema.parse(
      await post('/merchant/red-packets', { requestId: randomUUID(), roomId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101', type: 'lucky', totalAmount: 1_000, totalCount: 4, validUntil: new Date(Date.now() + 2_500).toISOString() }, merchant),
    );
    const grabbed = grabResultSchema.parse(await post(`/red-packets/${packet.id}/grab`, {}, login.accessToken)).amount;

    // Kill Node hard: its PostgreSQL is orphaned with the lock file still in place.
    first.child.kill('SIGKILL');
    await first.exited;
    leftover = pgPid;
    expect(alive(pgPid)).toBe(true);

    const second = spawnServer(env);
    await waitForHealth(base, second);
    expect(alive(pgPid)).toBe(false); // the orphan was stopped, not left beside the new one
    const newPgPid = postmasterPid(dataDir);
    leftover = newPgPid;
    // Same data folder: the guest and their token survive the restart.
    const me = await fetch(`${base}/me`, { headers: { authorization: `Bearer ${login.accessToken}` } });
    expect(userSchema.parse(await me.json()).id).toBe(login.user.id);
    // The expiry job scheduled before the kill (persisted by pg-boss) or the start-up sweep, whichever
    // comes first, closed it in the new process and refunded the rest exactly once.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(packet.validUntil) - Date.now() + 200)));
    const closed = redPacketSchema.parse(await (await fetch(`${base}/red-packets/${packet.id}`)).json());
    expect(closed.status).toBe('expired');
    expect(closed.seed).toMatch(/^[0-9a-f]{64}$/);
    const after = walletSchema.parse(await (await fetch(`${base}/merchant/wallet?limit=50`, { headers: { authorization: `Bearer ${merchant}` } })).json());
    expect(after.balance).toBe(before - grabbed);
    expect(after.entries.filter((e) => e.reason === 'red_packet_refund' && e.reference === packet.id).map((e) => e.delta)).toEqual([1_000 - grabbed]);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(newPgPid)).toBe(false);
  }, 120_000);
});

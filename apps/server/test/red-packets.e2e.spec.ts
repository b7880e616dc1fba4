import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authTokensSchema, ErrorCode, errorBodySchema, grabResultSchema, redPacketSchema, walletSchema } from '@livemall/shared';
import { verify } from '@livemall/split';
import { Client } from 'pg';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/config';
import { type RunningServer, startServer } from '../src/start-server';
import { HARNESS_LIMITS, testEnv } from './support/services';

const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const DEMO_ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

describe('red packets over HTTP (scale-out mode)', () => {
  let server: RunningServer;
  let db: Client;
  let merchant: string;
  let admin: string;

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, server.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
  };
  const login = async (path: string, body: unknown) => authTokensSchema.parse((await call('POST', path, undefined, body)).json).accessToken;
  const moneyState = async () => {
    const [row] = (
      await db.query(
        `SELECT (SELECT balance FROM wallets WHERE owner_type = 'merchant' AND owner_id = $1) AS merchant,
                (SELECT count(*) FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
                  WHERE w.owner_type = 'merchant' AND w.owner_id = $1) AS entries,
                (SELECT COALESCE(sum(delta), 0) FROM ledger_entries) AS sum,
                (SELECT count(*) FROM red_packets WHERE merchant_id = $1) AS packets`,
        [DEMO_MERCHANT],
      )
    ).rows;
    return row;
  };
  const validPacket = () => ({ requestId: randomUUID(), roomId: DEMO_ROOM, type: 'lucky', totalAmount: 1_000, totalCount: 5, validUntil: new Date(Date.now() + 600_000).toISOString() });

  beforeAll(async () => {
    const env = testEnv();
    const config = loadConfig({
      NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: env.databaseUrl, REDIS_URL: env.redisUrl,
      REDIS_PREFIX: `${env.redisPrefix}http:`, DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-rp-e2e-')), H5_DIR: mkdtempSync(join(tmpdir(), 'lm-rp-h5-')),
      ...HARNESS_LIMITS,
    });
    server = await startServer(config, createLogger('silent'));
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
    admin = await login('/auth/demo', { account: 'admin' });
    merchant = await login('/auth/demo', { account: 'merchant' });
    const topUp = await call('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 50_000 });
    expect(topUp.status).toBe(200);
  });
  afterAll(async () => {
    await db?.end();
    await server?.stop();
  });

  it('creates, grabs once per viewer, ends early with a refund, and the seed verifies the grabs', async () => {
    const created = await call('POST', '/merchant/red-packets', merchant, validPacket());
    expect(created.status).toBe(201);
    const packet = redPacketSchema.parse(created.json);
    expect(packet).toMatchObject({ status: 'active', seed: null, remainingCount: 5, slogan: '恭喜发财，大吉大利' });

    const viewer = await login('/auth/guest', { deviceId: `rp-e2e-${randomUUID().slice(0, 8)}` });
    const first = grabResultSchema.parse((await call('POST', `/red-packets/${packet.id}/grab`, viewer)).json);
    expect(first.packet).toMatchObject({ remainingCount: 4, remainingAmount: 1_000 - first.amount, status: 'active', seed: null });
    const again = await call('POST', `/red-packets/${packet.id}/grab`, viewer);
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: ErrorCode.ALREADY_GRABBED, details: { amount: first.amount, seq: first.seq } });
    expect((await call('GET', `/red-packets/${packet.id}`, viewer)).json).toMatchObject({ myGrab: { amount: first.amount, seq: first.seq } });
    expect(walletSchema.parse((await call('GET', '/me/wallet', viewer)).json)).toMatchObject({ balance: first.amount, entries: [{ delta: first.amount, reason: 'red_packet_grab' }] });

    const ended = redPacketSchema.parse((await call('POST', `/merchant/red-packets/${packet.id}/end`, merchant)).json);
    expect(ended.status).toBe('expired');
    expect(ended.seed).toMatch(/^[0-9a-f]{64}$/);
    const late = await call('POST', `/red-packets/${packet.id}/grab`, await login('/auth/guest', { deviceId: `rp-late-${randomUUID().slice(0, 8)}` }));
    expect(late.json.code).toBe(ErrorCode.RED_PACKET_EXPIRED);

    const grabs = (await call('GET', `/red-packets/${packet.id}/grabs`)).json.items as Array<{ amount: number; luckiest: boolean }>;
    expect(grabs).toEqual([expect.objectContaining({ amount: first.amount, luckiest: true })]);
    const check = verify(ended.seed as string, ended.seedCommitment, ended.totalAmount, ended.totalCount, ended.algorithm, { min: ended.minShare, max: ended.maxShare }, grabs.map((g) => g.amount));
    expect(check.ok).toBe(true);
    const listed = await call('GET', `/merchant/rooms/${DEMO_ROOM}/red-packets?limit=50`, merchant);
    expect((listed.json.items as Array<{ id: string }>).map((p) => p.id)).toContain(packet.id);
  });

  it('returns the same packet for a retried create and refuses a different body under the same id', async () => {
    const body = validPacket();
    const a = await call('POST', '/merchant/red-packets', merchant, body);
    const before = await moneyState();
    const b = await call('POST', '/merchant/red-packets', merchant, body);
    expect(b.status).toBe(201);
    expect(b.json.id).toBe(a.json.id);
    const c = await call('POST', '/merchant/red-packets', merchant, { ...body, totalAmount: 2_000 });
    expect(c.json.code).toBe(ErrorCode.IDEMPOTENCY_CONFLICT);
    expect(await moneyState()).toEqual(before);
  });

  const past = () => new Date(Date.now() - 60_000).toISOString();
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
  it.each([
    ['no body', undefined, 400, ErrorCode.VALIDATION_FAILED],
    ['a fractional amount', { totalAmount: 10.5 }, 400, ErrorCode.VALIDATION_FAILED],
    ['an amount as text', { totalAmount: '1000' }, 400, ErrorCode.VALIDATION_FAILED],
    ['fewer fen than shares', { totalAmount: 4, totalCount: 5 }, 400, ErrorCode.VALIDATION_FAILED],
    ['more than ¥200 a share', { totalAmount: 100_001, totalCount: 5 }, 400, ErrorCode.VALIDATION_FAILED],
    ['10,001 shares', { totalAmount: 20_000, totalCount: 10_001 }, 400, ErrorCode.VALIDATION_FAILED],
    ['zero shares', { totalCount: 0 }, 400, ErrorCode.VALIDATION_FAILED],
    ['an unknown type', { type: 'jackpot' }, 400, ErrorCode.VALIDATION_FAILED],
    ['validUntil before validFrom', { validFrom: inMinutes(10), validUntil: inMinutes(5) }, 400, ErrorCode.VALIDATION_FAILED],
    ['a window over 24 hours', { validFrom: inMinutes(1), validUntil: inMinutes(25 * 60) }, 400, ErrorCode.VALIDATION_FAILED],
    ['validUntil in the past', { validUntil: past() }, 400, ErrorCode.RED_PACKET_INFEASIBLE],
    ['validFrom long ago', { validFrom: new Date(Date.now() - 3_600_000).toISOString() }, 400, ErrorCode.RED_PACKET_INFEASIBLE],
    ['a room of another shop', { roomId: randomUUID() }, 404, ErrorCode.ROOM_NOT_FOUND],
    ['more money than the balance', { totalAmount: 10_000_000, totalCount: 1_000 }, 409, ErrorCode.INSUFFICIENT_BALANCE],
  ])('refuses a create with %s and moves no money', async (_case, change, status, code) => {
    const before = await moneyState();
    const res = await call('POST', '/merchant/red-packets', merchant, change === undefined ? undefined : { ...validPacket(), ...change });
    expect(res.status).toBe(status);
    expect(errorBodySchema.parse(res.json).code).toBe(code);
    expect(await moneyState()).toEqual(before);
  });

  it('refuses creates from a viewer, and grabs without a login, for a bad id or an unknown packet', async () => {
    const before = await moneyState();
    const viewer = await login('/auth/guest', { deviceId: `rp-bad-${randomUUID().slice(0, 8)}` });
    expect((await call('POST', '/merchant/red-packets', viewer, validPacket())).status).toBe(403);
    expect((await call('POST', `/red-packets/${randomUUID()}/grab`)).status).toBe(401);
    const bad = await call('POST', '/red-packets/not-a-uuid/grab', viewer);
    expect(bad).toMatchObject({ status: 400, json: { code: ErrorCode.VALIDATION_FAILED } });
    expect((await call('POST', `/red-packets/${randomUUID()}/grab`, viewer)).json.code).toBe(ErrorCode.RED_PACKET_NOT_FOUND);
    expect((await call('GET', `/red-packets/${randomUUID()}`)).status).toBe(404);
    expect(await moneyState()).toEqual(before);
  });
});

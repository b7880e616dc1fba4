import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authTokensSchema, ErrorCode, errorBodySchema, healthSchema, userSchema } from '@livemall/shared';
import { Client } from 'pg';
import { createLogger } from '../src/common/logging/logger';
import { loadConfig } from '../src/config/config';
import { type RunningServer, startServer } from '../src/start-server';
import { type FakeWechat, startFakeWechat } from './support/fake-wechat';
import { HARNESS_LIMITS, testEnv } from './support/services';

const wxCreds = { appId: 'wx0123456789abcdef', secret: 'e2e-secret-0123456789' };

describe('the API over HTTP (external PostgreSQL + Redis: scale-out mode)', () => {
  let server: RunningServer;
  let wx: FakeWechat;
  let db: Client;

  const call = async (method: string, path: string, body?: unknown, token?: string, raw?: string) => {
    const headers: Record<string, string> = {};
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json';
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(new URL(path, server.url), { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };
  const userCount = async () => Number((await db.query('SELECT count(*) AS n FROM users')).rows[0].n);

  beforeAll(async () => {
    const env = testEnv();
    wx = await startFakeWechat(wxCreds);
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      REDIS_PREFIX: env.redisPrefix,
      WX_APPID: wxCreds.appId,
      WX_SECRET: wxCreds.secret,
      WX_API_BASE: wx.baseUrl,
      WX_TIMEOUT_MS: '1500',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lm-e2e-')),
      H5_DIR: mkdtempSync(join(tmpdir(), 'lm-e2e-h5-')),
      ...HARNESS_LIMITS,
    });
    server = await startServer(config, createLogger('silent'));
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await server?.stop();
    await wx?.close();
  });

  it('reports the external database and Redis as up', async () => {
    const { status, json } = await call('GET', '/healthz');
    expect(status).toBe(200);
    expect(healthSchema.parse(json)).toMatchObject({ status: 'ok', database: { status: 'up', mode: 'external' }, redis: { status: 'up' } });
  });

  it('answers a malformed WeChat login with 400 and the failing field paths', async () => {
    const { status, json } = await call('POST', '/auth/wechat', { code: '', avatarUrl: 'not a url', extra: 1 });
    expect(status).toBe(400);
    const body = errorBodySchema.parse(json);
    expect(body.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(body.details?.issues?.map((i) => i.path)).toEqual(expect.arrayContaining([['body', 'code'], ['body', 'avatarUrl']]));
    const missing = await call('POST', '/auth/wechat');
    expect(missing.status).toBe(400);
    const badJson = await call('POST', '/auth/wechat', undefined, undefined, '{"code":');
    expect(badJson.status).toBe(400);
    expect(badJson.json?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it.each([
    ['invalid', 400, ErrorCode.WECHAT_CODE_INVALID],
    ['limit', 429, ErrorCode.WECHAT_RATE_LIMITED],
    ['garbage', 502, ErrorCode.WECHAT_UNAVAILABLE],
  ])('maps the WeChat answer to "%s" to %i %s and creates no user', async (code, status, errorCode) => {
    const before = await userCount();
    const res = await call('POST', '/auth/wechat', { code });
    expect(res.status).toBe(status);
    expect(res.json?.code).toBe(errorCode);
    expect(await userCount()).toBe(before);
  });

  it('logs a WeChat user in, shows them on /me, and finds the same user on the next login', async () => {
    const first = authTokensSchema.parse((await call('POST', '/auth/wechat', { code: 'union:o_e2e_1:u_e2e_1', nickname: '小红' })).json);
    expect(first.user).toMatchObject({ nickname: '小红', provider: 'wechat', roles: ['user'] });
    const me = await call('GET', '/me', undefined, first.accessToken);
    expect(me.status).toBe(200);
    expect(userSchema.parse(me.json).id).toBe(first.user.id);
    expect(me.json).not.toHaveProperty('openid');
    const second = authTokensSchema.parse((await call('POST', '/auth/wechat', { code: 'ok:o_e2e_1' })).json);
    expect(second.user.id).toBe(first.user.id);
    const row = await db.query('SELECT unionid FROM users WHERE openid = $1', ['o_e2e_1']);
    expect(row.rows).toEqual([{ unionid: 'u_e2e_1' }]);
  });

  it('rotates refresh tokens and refuses a replayed one', async () => {
    const login = authTokensSchema.parse((await call('POST', '/auth/guest', { deviceId: 'e2e-device-0001' })).json);
    const refreshed = await call('POST', '/auth/refresh', { refreshToken: login.refreshToken });
    expect(refreshed.status).toBe(200);
    const next = authTokensSchema.parse(refreshed.json);
    expect(next.user.id).toBe(login.user.id);
    expect(next.refreshToken).not.toBe(login.refreshToken);
    const replay = await call('POST', '/auth/refresh', { refreshToken: login.refreshToken });
    expect(replay).toMatchObject({ status: 401, json: { code: ErrorCode.REFRESH_TOKEN_INVALID } });
  });

  it('needs a token for /me and tells a bad one apart', async () => {
    expect((await call('GET', '/me')).json?.code).toBe(ErrorCode.UNAUTHORIZED);
    expect((await call('GET', '/me', undefined, 'not.a.jwt')).status).toBe(401);
  });

  it('logs into the seeded demo merchant, whose roles say so', async () => {
    const res = await call('POST', '/auth/demo', { account: 'merchant' });
    expect(authTokensSchema.parse(res.json).user.roles).toEqual(['user', 'merchant']);
  });

  it('lists the demo rooms and goods with money in integer fen', async () => {
    const rooms = await call('GET', '/live-rooms?limit=50');
    expect((rooms.json?.items as Array<{ status: string }>)[0]?.status).toBe('live');
    const goods = await call('GET', '/goods?limit=50');
    const items = goods.json?.items as Array<{ priceFen: number }>;
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const g of items) expect(Number.isInteger(g.priceFen)).toBe(true);
    expect((await call('GET', '/goods?limit=500')).status).toBe(400);
  });

  it('answers an unknown route with 404 in the error shape, and tags every answer with a request id', async () => {
    const res = await call('GET', '/no/such/route');
    expect(res.status).toBe(404);
    expect(errorBodySchema.parse(res.json).code).toBe(ErrorCode.NOT_FOUND);
    expect(res.headers.get('x-request-id')).toBe((res.json?.details as { requestId: string }).requestId);
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await call('GET', '/docs/openapi.json');
    expect(Object.keys(doc.json?.paths as object)).toEqual(expect.arrayContaining(['/auth/wechat', '/me', '/healthz']));
    const page = await fetch(new URL('/docs', server.url));
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});

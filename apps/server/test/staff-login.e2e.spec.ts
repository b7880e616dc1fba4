import { randomUUID } from 'node:crypto';
import { staffLoginResultSchema } from '@livemall/shared';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';

// One mode: the credentials, failure counter and lock live in PostgreSQL and are judged by its clock, so a
// second instance reads exactly what the first wrote; nothing here is kept per instance.
describe('merchant console password login (PostgreSQL only)', () => {
  let live: LiveServers;
  let owner: string;

  beforeAll(async () => {
    live = await LiveServers.start(false);
    owner = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const login = (name: string, password: string) => live.call('POST', '/auth/staff/login', undefined, { login: name, password });
  const withoutRequestId = (json: Record<string, any>) => ({ ...json, details: { ...json.details, requestId: undefined } });
  /** A guest made an assistant of the demo shop, with a console password of its own. */
  const newAssistant = async (password = 'assistant-pass-1') => {
    const g = await live.guest();
    expect((await live.call('PUT', `/merchant/assistants/${g.user.id}`, owner)).status).toBe(200);
    const name = `as-${randomUUID().slice(0, 8)}`;
    const set = await live.call('PUT', '/merchant/console/password', g.accessToken, { login: name, password });
    expect(set.status).toBe(200);
    return { token: g.accessToken, userId: g.user.id, login: name, password };
  };
  const counter = (userId: string) =>
    live.withDb(async (db) => (await db.query(`SELECT failed_count, locked_until > now() AS locked FROM staff_credentials WHERE user_id = $1`, [userId])).rows[0]);

  it('the demo owner logs in with demo/demo1234; the token works on merchant routes and refreshes', async () => {
    const res = await login('demo', 'demo1234');
    expect(res.status).toBe(200);
    const body = staffLoginResultSchema.parse(res.json);
    expect(body.staff).toMatchObject({ merchantId: DEMO_MERCHANT, role: 'owner', login: 'demo', userId: body.user.id });
    expect(body.staff.merchantName.length).toBeGreaterThan(0);
    expect((await live.call('GET', '/merchant/experiments', body.accessToken)).status).toBe(200);
    expect((await live.call('GET', '/merchant/console/me', body.accessToken)).json).toEqual(body.staff);

    // The login name is not case-sensitive.
    expect((await login('  DeMo ', 'demo1234')).status).toBe(200);

    const refreshed = await live.call('POST', '/auth/refresh', undefined, { refreshToken: body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect((await live.call('GET', '/merchant/console/me', refreshed.json.accessToken)).json).toMatchObject({ role: 'owner', merchantId: DEMO_MERCHANT });
    // Single use, like every refresh token.
    expect((await live.call('POST', '/auth/refresh', undefined, { refreshToken: body.refreshToken })).json.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('a wrong password and an unknown login get the same 401', async () => {
    const a = await newAssistant();
    const wrong = await login(a.login, 'not-the-password');
    const unknown = await login(`nobody-${randomUUID().slice(0, 8)}`, 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.code).toBe('STAFF_LOGIN_FAILED');
    expect(withoutRequestId(wrong.json)).toEqual(withoutRequestId(unknown.json));
  });

  it('an assistant added through the staff API sets a password, logs in as assistant and changes it with the current one', async () => {
    const a = await newAssistant('first-password');
    const res = await login(a.login, 'first-password');
    expect(res.status).toBe(200);
    expect(res.json.staff).toEqual({ userId: a.userId, nickname: expect.any(String), merchantId: DEMO_MERCHANT, merchantName: expect.any(String), role: 'assistant', login: a.login });
    expect((await live.call('GET', '/merchant/console/me', res.json.accessToken)).json.role).toBe('assistant');

    const change = (body: Record<string, unknown>) => live.call('PUT', '/merchant/console/password', a.token, { login: a.login, password: 'second-password', ...body });
    expect((await change({})).json.code).toBe('STAFF_CURRENT_PASSWORD_WRONG');
    expect((await change({ currentPassword: 'guess-guess' })).status).toBe(403);
    const changed = await change({ currentPassword: 'first-password' });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ role: 'assistant', login: a.login });
    expect((await login(a.login, 'first-password')).status).toBe(401);
    expect((await login(a.login, 'second-password')).status).toBe(200);
    // The wrong current password above counted as a failure; the right login after it cleared the count.
    expect(await counter(a.userId)).toEqual({ failed_count: 0, locked: null });

    // Login names are unique without regard to case.
    const b = await newAssistant();
    const taken = await live.call('PUT', '/merchant/console/password', b.token, { login: a.login.toUpperCase(), password: 'whatever-1', currentPassword: b.password });
    expect(taken.json.code).toBe('STAFF_LOGIN_TAKEN');
    expect(taken.status).toBe(409);
  });

  it('a plain user cannot use the console, and a removed assistant is refused at login', async () => {
    const plain = await live.guest();
    expect((await live.call('GET', '/merchant/console/me', plain.accessToken)).json.code).toBe('STAFF_NO_SHOP');
    const set = await live.call('PUT', '/merchant/console/password', plain.accessToken, { login: `p-${randomUUID().slice(0, 8)}`, password: 'plain-password' });
    expect(set.status).toBe(403);
    expect(set.json.code).toBe('STAFF_NO_SHOP');
    expect((await live.call('GET', '/merchant/console/me')).status).toBe(401);

    const a = await newAssistant();
    expect((await live.call('DELETE', `/merchant/assistants/${a.userId}`, owner)).status).toBe(200);
    const refused = await login(a.login, a.password);
    expect(refused.status).toBe(403);
    expect(refused.json.code).toBe('STAFF_NO_SHOP');
  });

  it('locks after 5 wrong passwords: concurrent failures are counted exactly, and even the right password is refused', async () => {
    const a = await newAssistant();
    const attempts = await Promise.all(Array.from({ length: 12 }, () => login(a.login, 'wrong-password')));
    const codes = attempts.map((r) => `${r.status} ${r.json.code}`).sort();
    expect(codes).toEqual([...Array(5).fill('401 STAFF_LOGIN_FAILED'), ...Array(7).fill('429 STAFF_LOGIN_LOCKED')]);
    expect(await counter(a.userId)).toEqual({ failed_count: 5, locked: true });

    const right = await login(a.login, a.password);
    expect(right.status).toBe(429);
    expect(right.json.code).toBe('STAFF_LOGIN_LOCKED');
    expect(Date.parse(right.json.details.lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);
    // Changing the password with a token is locked too.
    const change = await live.call('PUT', '/merchant/console/password', a.token, { login: a.login, password: 'new-password', currentPassword: a.password });
    expect(change.json.code).toBe('STAFF_LOGIN_LOCKED');

    // When the lock ends, the right password works again and the count starts over.
    await live.withDb((db) => db.query(`UPDATE staff_credentials SET locked_until = now() - interval '1 second', failed_since = now() - interval '16 minutes' WHERE user_id = $1`, [a.userId]));
    expect((await login(a.login, a.password)).status).toBe(200);
    expect(await counter(a.userId)).toEqual({ failed_count: 0, locked: null });
  });

  it('failures older than 15 minutes do not count towards the lock', async () => {
    const a = await newAssistant();
    for (let i = 0; i < 4; i++) expect((await login(a.login, 'wrong-password')).status).toBe(401);
    await live.withDb((db) => db.query(`UPDATE staff_credentials SET failed_since = now() - interval '16 minutes' WHERE user_id = $1`, [a.userId]));
    for (let i = 0; i < 4; i++) expect((await login(a.login, 'wrong-password')).status).toBe(401);
    expect(await counter(a.userId)).toEqual({ failed_count: 4, locked: null });
    expect((await login(a.login, a.password)).status).toBe(200);
  });

  it('bad input is a 400 with the field', async () => {
    for (const body of [{ login: 'ab', password: 'x' }, { login: 'has space', password: 'x' }, { login: 'demo' }, { login: 'demo', password: '' }, { login: 'x'.repeat(33), password: 'x' }]) {
      const res = await live.call('POST', '/auth/staff/login', undefined, body);
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('VALIDATION_FAILED');
    }
    const shortPassword = await live.call('PUT', '/merchant/console/password', owner, { login: 'demo', password: 'short', currentPassword: 'demo1234' });
    expect(shortPassword.status).toBe(400);
    expect(shortPassword.json.details.issues[0].path).toEqual(['body', 'password']);
  });
});

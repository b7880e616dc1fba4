import { randomUUID } from 'node:crypto';
import { api, authTokensSchema } from '@livemall/shared';
import { LiveServers } from '../support/live-servers';
import { RoomClient } from '../support/room-client';
import { accessMatrix, ACTOR_ROLES, malformedParams } from './support/authz-access';
import { as, pathOf, read, type RouteKey, send } from './support/authz-http';
import { refusalCases } from './support/authz-ownership';
import { allowedCases, listCases, notOwnerScoped, publicReads } from './support/authz-scope';
import { AUTHZ_JWT_SECRET, badTokens, claims, jwt, payloadOf } from './support/authz-tokens';
import { ACTORS, buildWorld, PRIVATE_MARKERS, type World } from './support/authz-world';

const PUSH_DOMAIN = 'push.authz.example';
const PUSH_KEY = 'authz-push-key-never-leaves-the-server';
const STREAMS = { STREAM_PROVIDER: 'tencent', STREAM_PUSH_DOMAIN: PUSH_DOMAIN, STREAM_PLAY_DOMAIN: 'play.authz.example', STREAM_PUSH_KEY: PUSH_KEY, STREAM_PLAY_KEY: 'play-key' };

// CI runs PostgreSQL only; `VERIFY_LONG=1` adds the scale-out deployment (two instances over Redis, calls spread).
const modes: Array<[string, boolean]> = [['PostgreSQL only', false], ...(process.env.VERIFY_LONG === '1' ? [['scale-out, two instances over Redis', true] as [string, boolean]] : [])];

describe.each(modes)('authorisation matrix (%s)', (_mode, scaleOut) => {
  let live: LiveServers;
  let w: World;
  let n = 0;
  /** Spreads calls over the instances in scale-out. */
  const next = () => n++;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut, { JWT_SECRET: AUTHZ_JWT_SECRET, ...STREAMS });
    w = await buildWorld(live);
  }, 90_000);
  afterAll(() => live.stop());

  describe('part one: the access level of every route in the contract', () => {
    it('the actors hold exactly the roles the matrix assumes', () => {
      for (const actor of ACTORS) {
        const token = w.actors[actor].token;
        expect([actor, token ? payloadOf(token).roles : null]).toEqual([actor, ACTOR_ROLES[actor]]);
      }
    });

    const routes = Object.keys(api) as RouteKey[];
    it('covers every route of the contract', () => {
      expect(new Set(accessMatrix.map(([r]) => r))).toEqual(new Set(routes));
      expect(accessMatrix).toHaveLength(routes.length * ACTORS.length);
    });

    // Per route, every actor: a refusal must come from the guard (malformed params, no body: validation would say 400).
    it.each(routes)('%s', async (route) => {
      const wrong: string[] = [];
      for (const [r, actor, expected] of accessMatrix.filter(([r]) => r === route)) {
        const res = await w.live.call(api[r].method, pathOf(r, malformedParams(r)), w.actors[actor].token, undefined, next());
        const got = `${res.status} ${res.json?.code ?? ''}`.trim();
        if (expected.kind === 'refused' && got !== `${expected.status} ${expected.code}`) wrong.push(`${actor}: expected ${expected.status} ${expected.code}, got ${got}`);
        if (expected.kind === 'let-through' && (res.status >= 500 || res.status === 401 || res.json?.code === 'FORBIDDEN')) wrong.push(`${actor}: expected to pass the guard, got ${got}`);
      }
      expect(wrong).toEqual([]);
    });
  });

  describe("part two: each sees and changes only what is theirs", () => {
    it('every route with a path parameter is a case or is listed as not owner-scoped, with a reason', () => {
      const covered = new Set([...refusalCases.map(([, c]) => c.call(w).route), ...allowedCases.map(([, c]) => c.call(w).route)]);
      const missing = (Object.keys(api) as RouteKey[]).filter((r) => api[r].path.includes(':') && !covered.has(r) && !notOwnerScoped[r]);
      expect(missing).toEqual([]);
      // And nothing is listed as unguarded while a case proves it guarded (the list stays honest).
      expect(Object.keys(notOwnerScoped).filter((r) => covered.has(r as RouteKey))).toEqual([]);
    });

    it.each(refusalCases)('%s: refused, owner data unchanged', async (_name, c) => {
      const before = await c.view(w);
      expect(JSON.stringify(before)).toContain(c.target(w));
      const res = await send(w, c.call(w), next());
      expect({ status: res.status, code: c.code === undefined ? undefined : res.json?.code }).toEqual({ status: c.status, code: c.code });
      expect(await c.view(w)).toEqual(before);
    });

    it.each(listCases)('%s lists only the caller’s own rows', async (_name, c) => {
      const res = await send(w, c.call(w), next());
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.json);
      for (const mine of c.mine(w)) expect(text).toContain(mine);
      for (const theirs of c.theirs(w)) expect(text).not.toContain(theirs);
    });

    it('the push URL is real: the owner sees it', async () => {
      const res = await send(w, { actor: 'merchantX', route: 'hostRoom', params: { roomId: w.x.roomId } });
      expect(res.json.pushUrl).toContain(PUSH_DOMAIN);
    });

    it.each(publicReads)('public %s carries no private field', async (_name, call) => {
      const res = await send(w, call(w), next());
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.json);
      for (const secret of [PUSH_DOMAIN, PUSH_KEY, 'pushUrl', 'streamName', PRIVATE_MARKERS.phone, PRIVATE_MARKERS.addressDetail, 'balance', 'refreshToken', 'openid'])
        expect(text).not.toContain(secret);
    });

    it('platform settings: the admin changes the member ladder (any shop’s coupon) and the points rules, then puts them back', async () => {
      const ladder = (await read(w, as('guest', 'memberLevels'))) as { levels: Array<Record<string, unknown>> };
      const rules = (await read(w, as('admin', 'pointsRules'))) as Record<string, unknown>;
      const levels = [{ name: '普通', growthFrom: 0, discountPercent: 90, freeShippingFromFen: 0, monthlyCouponTemplateId: w.x.couponTemplateId }];
      const setLadder = await send(w, as('admin', 'saveMemberLevels', undefined, { levels }), next());
      expect([setLadder.status, setLadder.json]).toEqual([200, { levels: [{ rank: 0, ...levels[0] }] }]);
      expect(await read(w, as('merchantY', 'memberLevels'))).toEqual(setLadder.json);
      const setRules = await send(w, as('admin', 'updatePointsRules', undefined, { ...rules, purchasePointsPerYuan: 3 }), next());
      expect([setRules.status, setRules.json.purchasePointsPerYuan]).toEqual([200, 3]);
      expect(await read(w, as('merchantX', 'pointsRules'))).toEqual(setRules.json);
      // Back as they were, so no other case sees the change.
      const back = ladder.levels.map(({ rank: _rank, ...level }) => level);
      expect((await send(w, as('admin', 'saveMemberLevels', undefined, { levels: back }))).status).toBe(200);
      expect((await send(w, as('admin', 'updatePointsRules', undefined, rules))).status).toBe(200);
      expect([await read(w, as('guest', 'memberLevels')), await read(w, as('admin', 'pointsRules'))]).toEqual([ladder, rules]);
    });

    it.each(allowedCases)('%s', async (_name, c) => {
      const before = c.untouched ? await c.untouched(w) : undefined;
      const res = await send(w, c.call(w), next());
      expect([res.status >= 200 && res.status < 300, res.status, res.json?.code]).toEqual([true, res.status, res.json?.code]);
      if (c.untouched) expect(await c.untouched(w)).toEqual(before);
    });
  });

  describe('tokens', () => {
    const fresh = async () => authTokensSchema.parse((await w.live.call('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).json);

    it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])('bad access token #%i is refused on HTTP (user, merchant and admin routes) and on the room socket', async (i) => {
      const a = w.actors.userA;
      const [, token, code] = badTokens({ token: a.token!, userId: a.userId! })[i]!;
      for (const route of ['me', 'merchantWallet', 'topUpMerchant'] as const) {
        const res = await w.live.call(api[route].method, api[route].path, token, undefined, next());
        expect([route, res.status, res.json?.code]).toEqual([route, 401, code]);
      }
      await expect(RoomClient.open(w.live.url(next()), w.x.roomId, token)).rejects.toThrow('upgrade refused: 401');
    });

    it('names each bad token (for the report)', () => {
      expect(badTokens({ token: w.actors.userA.token!, userId: w.actors.userA.userId! }).map(([name]) => name)).toHaveLength(10);
    });

    it('a bad token on a public route is ignored: the caller is a guest there', async () => {
      const forged = jwt(claims(w.actors.userA.userId!, ['user']), { alg: 'none' });
      const res = await w.live.call('GET', `/red-packets/${w.x.redPacketId}`, forged);
      expect([res.status, res.json.myGrab]).toEqual([200, null]);
      const real = await w.live.call('GET', `/red-packets/${w.x.redPacketId}`, w.actors.userA.token);
      expect(real.json.myGrab).not.toBeNull();
    });

    it('a well-signed token for a user that does not exist is refused', async () => {
      const ghost = jwt(claims(randomUUID(), ['user']));
      const me = await w.live.call('GET', '/me', ghost);
      expect([me.status, me.json.code]).toEqual([401, 'UNAUTHORIZED']);
      const address = await w.live.call('POST', '/me/addresses', ghost, { name: '鬼', phone: '13800000000', province: '广东省', city: '深圳市', district: '南山区', detail: '无' });
      expect(address.status).toBeLessThan(500);
    });

    it('refresh: a token works once; reusing it after rotation is refused and revokes the whole family', async () => {
      const first = await fresh();
      const second = authTokensSchema.parse((await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: first.refreshToken })).json);
      const reuse = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: first.refreshToken });
      expect([reuse.status, reuse.json.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
      const thief = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: second.refreshToken });
      expect([thief.status, thief.json.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
    });

    it('logout, then refresh: refused', async () => {
      const t = await fresh();
      expect((await w.live.call('POST', '/auth/logout', undefined, { refreshToken: t.refreshToken })).status).toBe(200);
      const res = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: t.refreshToken });
      expect([res.status, res.json.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
    });

    it('an unknown or made-up refresh token is refused', async () => {
      for (const refreshToken of [randomUUID(), 'x'.repeat(43), w.actors.userA.token!]) {
        const res = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken });
        expect([res.status, res.json.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
      }
    });

    it('staff login: owner and assistant tokens carry only their own rights; their refresh tokens rotate the same way', async () => {
      const password = 'authz-Pass-1234';
      const logins = { merchantX: `authzx${randomUUID().slice(0, 6)}`, assistantX: `authza${randomUUID().slice(0, 6)}` } as const;
      for (const who of ['merchantX', 'assistantX'] as const) {
        const set = await w.live.call('PUT', '/merchant/console/password', w.actors[who].token, { login: logins[who], password });
        expect([who, set.status]).toEqual([who, 200]);
      }
      const login = async (who: 'merchantX' | 'assistantX') => (await w.live.call('POST', '/auth/staff/login', undefined, { login: logins[who], password })).json;
      const owner = await login('merchantX');
      const assistant = await login('assistantX');
      expect([owner.staff.role, assistant.staff.role]).toEqual(['owner', 'assistant']);
      expect((await w.live.call('GET', `/merchant/rooms/${w.x.roomId}`, owner.accessToken)).status).toBe(200);
      const asst = await w.live.call('GET', '/merchant/wallet', assistant.accessToken);
      expect([asst.status, asst.json.code]).toEqual([403, 'FORBIDDEN']);
      const yRoom = await w.live.call('GET', `/merchant/rooms/${w.y.roomId}`, owner.accessToken);
      expect(yRoom.status).toBe(404);
      const wrong = await w.live.call('POST', '/auth/staff/login', undefined, { login: logins.merchantX, password: 'wrong-password-1' });
      expect([wrong.status, wrong.json.code]).toEqual([401, 'STAFF_LOGIN_FAILED']);
      const tampered = `${owner.accessToken.split('.')[0]}.${Buffer.from(JSON.stringify({ ...payloadOf(assistant.accessToken), roles: ['user', 'merchant'] })).toString('base64url')}.${assistant.accessToken.split('.')[2]}`;
      expect((await w.live.call('GET', '/merchant/wallet', tampered)).status).toBe(401);
      const rotated = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: owner.refreshToken });
      expect(rotated.status).toBe(200);
      const reuse = await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: owner.refreshToken });
      expect([reuse.status, reuse.json.code]).toEqual([401, 'REFRESH_TOKEN_INVALID']);
      expect((await w.live.call('POST', '/auth/refresh', undefined, { refreshToken: rotated.json.refreshToken })).status).toBe(401);
    });
  });
});

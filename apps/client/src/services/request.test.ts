import { api } from '@livemall/shared';
import { fakeRequest, json, tokenExpired, type FakeHandler } from '@/test/fake-request';
import { goodsCard, tokens, user } from '@/test/fixtures';
import { ApiError } from './api-error';
import { call, setAuthHooks, type AuthHooks } from './request';

// Taro.request is the boundary: everything above it is the code under test.
const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: { request: (options: unknown) => mockRequest(options) } }));

function serve(handler: FakeHandler) {
  const fake = fakeRequest(handler);
  mockRequest.mockImplementation(fake.request);
  return fake;
}

/** A session holding tokens in memory, as the session store does. */
function session(access: string | null, refresh: string | null) {
  const state = { access, refresh };
  const hooks: AuthHooks & { refreshed: jest.Mock; lost: jest.Mock } = {
    getAccessToken: () => state.access,
    getRefreshToken: () => state.refresh,
    refreshed: jest.fn(),
    lost: jest.fn(),
    onRefreshed(t) {
      state.access = t.accessToken;
      state.refresh = t.refreshToken;
      hooks.refreshed(t);
    },
    onAuthLost() {
      state.access = state.refresh = null;
      hooks.lost();
    },
  };
  setAuthHooks(hooks);
  return hooks;
}

afterEach(() => {
  setAuthHooks(null);
  mockRequest.mockReset();
});

describe('call()', () => {
  it('sends the access token as a bearer token and returns the parsed body', async () => {
    session('access-1', 'refresh-token-number-1');
    const fake = serve(() => json(200, user));

    await expect(call(api.me)).resolves.toEqual(user);
    expect(fake.calls).toEqual([
      expect.objectContaining({ method: 'GET', url: '/me', header: expect.objectContaining({ Authorization: 'Bearer access-1' }) }),
    ]);
  });

  it('puts the query in the URL and the body in JSON', async () => {
    const fake = serve((c) => (c.method === 'GET' ? json(200, { items: [goodsCard], nextCursor: null }) : json(200, tokens(1))));

    await call(api.goods, { query: { limit: 20, cursor: 'abc/def' } });
    await call(api.guestLogin, { body: { deviceId: 'device-0001' } });

    expect(fake.calls[0]?.url).toBe('/goods?limit=20&cursor=abc%2Fdef');
    expect(fake.calls[1]).toEqual(expect.objectContaining({ method: 'POST', url: '/auth/guest', data: { deviceId: 'device-0001' } }));
  });

  it('sends no access token to the auth routes', async () => {
    session('access-1', 'refresh-token-number-1');
    const fake = serve(() => json(200, tokens(2)));

    await call(api.guestLogin, { body: { deviceId: 'device-0001' } });

    expect(fake.calls[0]?.header.Authorization).toBeUndefined();
  });

  it('turns an error body into an ApiError with its code, status, message and details', async () => {
    serve(() =>
      json(400, {
        code: 'VALIDATION_FAILED',
        message: 'deviceId is invalid',
        details: { issues: [{ path: ['deviceId'], message: 'too short' }], requestId: 'req-1' },
      }),
    );

    const error = await call(api.guestLogin, { body: { deviceId: 'x' } }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: 'deviceId is invalid',
      details: { issues: [{ path: ['deviceId'], message: 'too short' }], requestId: 'req-1' },
    });
  });

  it('calls an error without an error body BAD_RESPONSE', async () => {
    serve(() => json(502, '<html>Bad Gateway</html>'));
    await expect(call(api.goods)).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
  });

  it('calls a request that got no answer NETWORK_ERROR', async () => {
    serve(() => ({ fail: 'request:fail timeout' }));
    await expect(call(api.goods)).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: 'request:fail timeout' });
  });

  it('rejects a success body that breaks the route contract as CONTRACT_MISMATCH', async () => {
    serve(() => json(200, { items: [{ ...goodsCard, priceFen: 19.9 }], nextCursor: null }));

    const error = await call(api.goods).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'CONTRACT_MISMATCH', status: 200 });
    expect((error as ApiError).details?.issues?.[0]?.path).toEqual(['items', 0, 'priceFen']);
  });
});

describe('refresh on TOKEN_EXPIRED', () => {
  it('refreshes once for concurrent requests and retries each with the new token', async () => {
    const hooks = session('access-1', 'refresh-token-number-1');
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => (releaseRefresh = resolve));
    const fake = serve(async (c) => {
      if (c.url === '/auth/refresh') {
        await refreshGate;
        return json(200, tokens(2));
      }
      if (c.header.Authorization !== 'Bearer access-2') return tokenExpired;
      return c.url === '/me' ? json(200, user) : json(200, { items: [], nextCursor: null });
    });

    const results = Promise.all([call(api.me), call(api.goods), call(api.liveRooms)]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    releaseRefresh();

    await expect(results).resolves.toEqual([user, { items: [], nextCursor: null }, { items: [], nextCursor: null }]);
    const refreshes = fake.calls.filter((c) => c.url === '/auth/refresh');
    expect(refreshes).toEqual([expect.objectContaining({ data: { refreshToken: 'refresh-token-number-1' } })]);
    expect(refreshes[0]?.header.Authorization).toBeUndefined();
    expect(hooks.refreshed).toHaveBeenCalledTimes(1);
    expect(fake.calls.filter((c) => c.url !== '/auth/refresh')).toHaveLength(6);
  });

  it('retries with the newer token, without refreshing, when another request refreshed meanwhile', async () => {
    // The first read is the token the request goes out with; by the time its 401 arrives, a refresh
    // started by another request has stored a newer one.
    let reads = 0;
    setAuthHooks({
      getAccessToken: () => (reads++ === 0 ? 'access-1' : 'access-2'),
      getRefreshToken: () => 'refresh-token-number-2',
      onRefreshed: () => undefined,
      onAuthLost: () => undefined,
    });
    const fake = serve((c) => (c.header.Authorization === 'Bearer access-2' ? json(200, user) : tokenExpired));

    await expect(call(api.me)).resolves.toEqual(user);
    expect(fake.calls.map((c) => c.url)).toEqual(['/me', '/me']);
  });

  it('ends the session and surfaces the original error when the refresh token is rejected', async () => {
    const hooks = session('access-1', 'refresh-token-number-1');
    const fake = serve((c) =>
      c.url === '/auth/refresh' ? json(401, { code: 'REFRESH_TOKEN_INVALID', message: 'revoked' }) : tokenExpired,
    );

    await expect(call(api.me)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED', status: 401 });
    expect(hooks.lost).toHaveBeenCalledTimes(1);
    expect(fake.calls.map((c) => c.url)).toEqual(['/me', '/auth/refresh']);
  });

  it('keeps the session when the refresh fails for want of a network', async () => {
    const hooks = session('access-1', 'refresh-token-number-1');
    serve((c) => (c.url === '/auth/refresh' ? { fail: 'request:fail' } : tokenExpired));

    await expect(call(api.me)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(hooks.lost).not.toHaveBeenCalled();
  });

  it('does not try to refresh a request that carried no token', async () => {
    const fake = serve(() => tokenExpired);
    await expect(call(api.me)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect(fake.calls).toHaveLength(1);
  });
});

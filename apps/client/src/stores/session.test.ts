import Taro from '@tarojs/taro';
import { fakeRequest, json, type FakeHandler } from '@/test/fake-request';
import { tokens, user } from '@/test/fixtures';
import { useSession } from './session';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

function serve(handler: FakeHandler) {
  const fake = fakeRequest(handler);
  mockRequest.mockImplementation(fake.request);
  return fake;
}

const initial = useSession.getState();

beforeEach(() => {
  Taro.clearStorageSync();
  useSession.setState(initial, true);
  mockRequest.mockReset();
});

describe('session store', () => {
  it('logs in as a guest with a stored device id and keeps the tokens in storage', async () => {
    const fake = serve(() => json(200, tokens(1)));

    await useSession.getState().login();
    await useSession.getState().login();

    const [first, second] = fake.calls.map((c) => c.data as { deviceId: string });
    expect(first?.deviceId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(second?.deviceId).toBe(first?.deviceId);
    expect(useSession.getState()).toMatchObject({ status: 'ready', user, accessToken: 'access-1' });
    expect(JSON.parse(Taro.getStorageSync('livemall.session') as string)).toMatchObject({
      state: { accessToken: 'access-1', refreshToken: 'refresh-token-number-1', user },
    });
  });

  it('sends the nickname the user typed', async () => {
    const fake = serve(() => json(200, tokens(1)));
    await useSession.getState().login({ nickname: '小明' });
    expect(fake.calls[0]?.data).toMatchObject({ nickname: '小明' });
  });

  it('reports a failed login in words the user understands', async () => {
    serve(() => json(403, { code: 'GUEST_LOGIN_DISABLED', message: 'guest login is off' }));
    await useSession.getState().login();
    expect(useSession.getState()).toMatchObject({ status: 'error', user: null, error: '当前环境未开放游客登录' });
  });

  it('on launch, keeps a stored session the server still accepts', async () => {
    useSession.setState({ accessToken: 'access-1', refreshToken: 'refresh-token-number-1', user });
    const renamed = { ...user, nickname: '新昵称' };
    const fake = serve(() => json(200, renamed));

    await useSession.getState().ensureLoggedIn();

    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /me']);
    expect(useSession.getState()).toMatchObject({ status: 'ready', user: renamed });
  });

  it('on launch, logs in anew when the stored session is rejected', async () => {
    useSession.setState({ accessToken: 'access-1', refreshToken: 'refresh-token-number-1', user });
    const fake = serve((c) => {
      if (c.url === '/me') return json(401, { code: 'UNAUTHORIZED', message: 'unknown user' });
      return json(200, tokens(2));
    });

    await useSession.getState().ensureLoggedIn();

    expect(fake.calls.map((c) => c.url)).toEqual(['/me', '/auth/guest']);
    expect(useSession.getState()).toMatchObject({ status: 'ready', accessToken: 'access-2' });
  });

  it('stores the new tokens when the request layer refreshes them', async () => {
    useSession.setState({ accessToken: 'access-1', refreshToken: 'refresh-token-number-1', user, status: 'ready' });
    serve((c) => {
      if (c.url === '/auth/refresh') return json(200, tokens(2));
      return c.header.Authorization === 'Bearer access-2' ? json(200, user) : json(401, { code: 'TOKEN_EXPIRED', message: 'expired' });
    });

    await useSession.getState().ensureLoggedIn();

    expect(useSession.getState()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-token-number-2' });
  });

  it('logs out locally and revokes the refresh token', async () => {
    useSession.setState({ accessToken: 'access-1', refreshToken: 'refresh-token-number-1', user, status: 'ready' });
    const fake = serve(() => json(200, { ok: true }));

    await useSession.getState().logout();

    expect(useSession.getState()).toMatchObject({ status: 'idle', user: null, accessToken: null, refreshToken: null });
    expect(fake.calls).toEqual([expect.objectContaining({ url: '/auth/logout', data: { refreshToken: 'refresh-token-number-1' } })]);
  });
});

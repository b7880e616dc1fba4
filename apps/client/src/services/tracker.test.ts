import Taro from '@tarojs/taro';
import { fakeRequest, json } from '@/test/fake-request';
import { tokens } from '@/test/fixtures';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

/** The app's modules loaded afresh over the same storage: what a reload or a relaunch is. */
function launch(loggedIn: boolean) {
  let mod!: typeof import('./tracker');
  jest.isolateModules(() => {
    const { useSession } = jest.requireActual<typeof import('@/stores/session')>('@/stores/session');
    if (loggedIn) useSession.setState({ accessToken: tokens(1).accessToken, user: tokens(1).user, status: 'ready' });
    mod = jest.requireActual<typeof import('./tracker')>('./tracker');
  });
  return mod;
}

beforeEach(() => {
  jest.useFakeTimers();
  Taro.clearStorageSync();
  mockRequest.mockReset();
});
afterEach(() => jest.useRealTimers());

describe('the app tracker', () => {
  it('keeps what a page tracked across a reload, then sends it with the token once the timer fires', async () => {
    const fake = fakeRequest(() => json(202, { accepted: 1, dropped: 0 }));
    mockRequest.mockImplementation(fake.request);

    launch(false).track({ type: 'like', roomId: ROOM, count: 3 });
    expect(fake.calls).toEqual([]);

    const again = launch(true);
    again.track({ type: 'comment', roomId: ROOM });
    await jest.advanceTimersByTimeAsync(10_000);
    const sent = fake.calls.flatMap((c) => (c.data as { events: Array<{ type: string }> }).events.map((e) => e.type));
    expect(sent).toEqual(['like', 'comment']);
    expect(fake.calls.every((c) => c.url.endsWith('/events') && c.header.Authorization === `Bearer ${tokens(1).accessToken}`)).toBe(true);
    expect(JSON.parse(Taro.getStorageSync('livemall.tracker.queue') as string)).toEqual([]);
  });
});

import TestUtils from '@tarojs/test-utils-react';
import { waitFor } from '@testing-library/react';
import { Current } from '@tarojs/runtime';
import { fakeRequest, json } from '@/test/fake-request';
import { goodsCard, liveRoom, redPacket, user } from '@/test/fixtures';
import { inviteInfo } from '@/test/marketing-fixtures';
import { useSession } from '@/stores/session';
import LivePage from '../live/index';
import MallPage from '../mall/index';
import MePage from '../me/index';
import RedPacketPage from '../redPacket/redPacket';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

// @tarojs/test-utils-react 0.1.1 still calls react-dom/test-utils' act, which React 18.3 flags as
// deprecated; that one warning is the library's, every other console error still shows.
const consoleError = console.error.bind(console);
beforeAll(() => {
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act')) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

beforeEach(() => {
  const fake = fakeRequest((c) => {
    if (c.url.startsWith('/goods')) return json(200, { items: [goodsCard, { ...goodsCard, id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e02', title: '安吉白茶 100g', priceFen: 8800, originalPriceFen: null }], nextCursor: null });
    if (c.url.startsWith('/categories')) return json(200, { items: [] });
    if (c.url.startsWith('/live-rooms')) return json(200, { items: [liveRoom], nextCursor: null });
    if (c.url.startsWith('/me/wallet')) {
      return json(200, { balance: 233, entries: [{ id: '1', delta: 233, reason: 'red_packet_grab', reference: liveRoom.id, createdAt: '2025-11-22T12:01:00.000Z' }], nextCursor: null });
    }
    if (c.url.startsWith('/me/red-packet-grabs')) return json(200, { items: [], nextCursor: null });
    if (c.url === '/me/invite') return json(200, inviteInfo());
    return json(404, { code: 'NOT_FOUND', message: 'no such route' });
  });
  mockRequest.mockImplementation(fake.request);
});

// Page-level smoke tests: each tab page mounts in Taro's H5 runtime and shows its data.
// html() is not used: its pretty-printer overflows on Taro's DOM.
describe('tab pages', () => {
  let testUtils: TestUtils;
  beforeEach(() => {
    testUtils = new TestUtils();
  });
  afterEach(() => {
    testUtils.unmout(); // sic: the library's spelling
  });

  it('Mall lists goods with their prices', async () => {
    await testUtils.mount(MallPage, {});
    await testUtils.queries.waitForQuerySelector('.goods-card');
    const cards = Array.from(document.querySelectorAll('.goods-card'), (card) => card.textContent);
    expect(cards).toEqual([expect.stringContaining('明前龙井 250g'), expect.stringContaining('安吉白茶 100g')]);
    expect(cards[0]).toContain('¥199.00');
    expect(cards[1]).toContain('¥88.00');
    expect(Array.from(document.querySelectorAll('.mall-strip__item'), (n) => n.textContent)).toEqual(['领券中心', '限时秒杀', '拼团', '种草']);
  });

  it('Live lists rooms with their status', async () => {
    await testUtils.mount(LivePage, {});
    const card = await testUtils.queries.waitForQuerySelector('.room-card');
    expect(card?.textContent).toContain('双十一茶叶专场');
    expect(card?.textContent).toContain('直播中');
  });

  it('Live heads live and upcoming rooms, with the user’s reminders and, for a merchant, the console', async () => {
    const upcoming = { ...liveRoom, id: '5d8e1f7a-0c2b-4e6d-8a9f-1b2c3d4e5f61', title: '周末草莓专场', status: 'scheduled', scheduledAt: '2025-11-23T12:00:00.000Z' };
    mockRequest.mockImplementation(
      fakeRequest((c) => {
        if (c.url.startsWith('/live-rooms')) return json(200, { items: [liveRoom, upcoming], nextCursor: null });
        if (c.url.startsWith('/me/room-reminders')) return json(200, { roomIds: [upcoming.id] });
        return json(404, { code: 'NOT_FOUND', message: 'no such route' });
      }).request,
    );
    useSession.setState({ user: { ...user, roles: ['user', 'merchant'] }, accessToken: 'access-1', refreshToken: 'refresh-token-number-1', status: 'ready' });
    await testUtils.mount(LivePage, {});
    await testUtils.queries.waitForQuerySelector('.room-card');
    expect(Array.from(document.querySelectorAll('.live-page__section'), (n) => n.textContent)).toEqual(['正在直播', '即将开播']);
    expect(document.querySelector('#live-host-entry')).not.toBeNull();
    const toggle = await testUtils.queries.waitForQuerySelector(`#reminder-${upcoming.id}`);
    await waitFor(() => expect(toggle?.textContent).toBe('已预约'));
    // A live room takes no reminder.
    expect(document.querySelector(`#reminder-${liveRoom.id}`)).toBeNull();
  });

  it('Me shows the logged-in user and their wallet', async () => {
    useSession.setState({ user, accessToken: 'access-1', refreshToken: 'refresh-token-number-1', status: 'ready' });
    await testUtils.mount(MePage, {});
    const nickname = await testUtils.queries.waitForQuerySelector('#me-nickname');
    expect(nickname?.textContent).toBe(user.nickname);
    const entry = await testUtils.queries.waitForQuerySelector('.wallet-card__entry');
    expect(entry?.textContent).toContain('抢红包');
    expect(document.querySelector('#wallet-balance')?.textContent).toBe('¥2.33');
    // The way into coupons and bargains, and my invite code.
    expect(document.querySelector('#me-coupons')?.textContent).toBe('我的优惠券');
    const code = await testUtils.queries.waitForQuerySelector('#me-invite-code');
    await waitFor(() => expect(code?.textContent).toBe('我的邀请码 ABCD2345 ›'));
  });

  it('Red packet opens from its route with the packet id', async () => {
    mockRequest.mockImplementation(
      fakeRequest((c) =>
        c.url.startsWith(`/red-packets/${redPacket.id}/grabs`)
          ? json(200, { items: [], nextCursor: null })
          : json(200, { ...redPacket, myGrab: { amount: 233, seq: 0 } }),
      ).request,
    );
    // mount() opens no Taro page, so the route a live-room link would open is set by hand.
    Current.router = { params: { redPacketId: redPacket.id }, $taroPath: 'pages/redPacket/redPacket', path: '/pages/redPacket/redPacket', onReady: '', onHide: '', onShow: '' };
    try {
      await testUtils.mount(RedPacketPage, {});
      const amount = await testUtils.queries.waitForQuerySelector('#red-packet-amount');
      expect(amount?.textContent).toBe('¥2.33');
    } finally {
      Current.router = null;
    }
  });
});

import { randomUUID } from 'node:crypto';
import { authTokensSchema, ErrorCode } from '@livemall/shared';
import { Notifier } from '../src/modules/notifications/notifier';
import { RoomLiveNotices } from '../src/modules/notifications/room-live-notices';
import { type FakeWechat, startFakeWechat } from './support/fake-wechat';
import { LiveServers } from './support/live-servers';
import { shop } from './support/shop';

const wxCreds = { appId: 'wx0123456789abcdef', secret: 'test-secret-0123456789' };
const TEMPLATES = { order_shipped: 'TPL_SHIPPED', room_live: 'TPL_LIVE', points_expiring: 'TPL_POINTS', refund_done: 'TPL_REFUND' };

/** Polls until `probe` gives a value (a job delivers after the request returned); fails after ~15 s. */
async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const got = await probe();
    if (got) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

// Both modes: PostgreSQL only (token in memory) and scale-out (two instances, the token shared in Redis).
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('notifications (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let wx: FakeWechat;
  let merchant: string;

  beforeAll(async () => {
    wx = await startFakeWechat(wxCreds);
    live = await LiveServers.start(scaleOut, {
      WX_APPID: wxCreds.appId,
      WX_SECRET: wxCreds.secret,
      WX_API_BASE: wx.baseUrl,
      WX_TIMEOUT_MS: '2000',
      WX_SUBSCRIBE_TEMPLATES: Object.entries(TEMPLATES).map(([k, v]) => `${k}=${v}`).join(','),
    });
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(async () => {
    await live.stop();
    await wx.close();
  });

  const notifier = (instance = 0) => live.servers[instance % live.servers.length]!.app.get(Notifier);
  /** A user logged in with WeChat (so with an openid), who accepted `consents` messages of each template given. */
  const wechatUser = async (consents: Record<string, number> = {}) => {
    const openid = `o_${randomUUID().slice(0, 12)}`;
    const login = await live.call('POST', '/auth/wechat', undefined, { code: `ok:${openid}` });
    const { accessToken, user } = authTokensSchema.parse(login.json);
    for (const [templateId, n] of Object.entries(consents)) {
      for (let i = 0; i < n; i++) {
        const r = await live.call('POST', '/me/subscriptions', accessToken, { requestId: randomUUID(), templateIds: [templateId], accepted: [templateId] });
        expect(r.status).toBe(200);
      }
    }
    return { token: accessToken, userId: user.id, openid };
  };
  const sendsTo = (openid: string) => wx.sends.filter((s) => s.touser === openid);
  const inbox = async (token: string) => (await live.call('GET', '/me/notifications', token)).json;
  const sendRows = (userId: string) =>
    live.withDb(async (db) => (await db.query(`SELECT event_key, status FROM notification_sends WHERE user_id = $1 ORDER BY created_at`, [userId])).rows);

  it('fetches the access token once and keeps it across sends (and instances); a 40001 renews it and retries once', async () => {
    const u = await wechatUser({ [TEMPLATES.points_expiring]: 3 });
    await notifier(0).notifyPointsExpiring(u.userId, 100, '2026-12-01');
    await notifier(1).notifyPointsExpiring(u.userId, 50, '2026-12-02');
    expect(wx.tokensIssued()).toBe(1);
    expect(sendsTo(u.openid).map((s) => [s.templateId, s.errcode, s.accessToken])).toEqual([
      [TEMPLATES.points_expiring, 0, 'fake-token-1'],
      [TEMPLATES.points_expiring, 0, 'fake-token-1'],
    ]);
    expect(sendsTo(u.openid)[0]!.data).toEqual({ number1: { value: '100' }, date2: { value: '2026-12-01' } });

    wx.refuseNextSend(40001);
    await notifier(0).notifyPointsExpiring(u.userId, 10, '2026-12-03');
    expect(wx.tokensIssued()).toBe(2);
    expect(sendsTo(u.openid).slice(2).map((s) => [s.errcode, s.accessToken])).toEqual([
      [40001, 'fake-token-1'],
      [0, 'fake-token-2'],
    ]);
    expect((await sendRows(u.userId)).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    // Every consent spent: one more event reaches the inbox only.
    await notifier(1).notifyPointsExpiring(u.userId, 10, '2026-12-04');
    expect(sendsTo(u.openid)).toHaveLength(4);
    expect((await inbox(u.token)).unreadCount).toBe(4);
    expect(wx.tokensIssued()).toBe(2);
  });

  it('the same event told twice, and at once on every instance: one inbox row, one WeChat message, one consent spent', async () => {
    const u = await wechatUser({ [TEMPLATES.points_expiring]: 5 });
    const tell = (i: number) => notifier(i).notifyPointsExpiring(u.userId, 300, '2027-01-31');
    await Promise.all([0, 1, 2, 3].map(tell));
    await tell(0);
    const page = await inbox(u.token);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'points_expiring', title: '积分即将过期', readAt: null, link: null });
    expect(sendsTo(u.openid).filter((s) => s.errcode === 0)).toHaveLength(1);
    expect(await sendRows(u.userId)).toEqual([{ event_key: 'points_expiring:2027-01-31', status: 'sent' }]);
    const balance = await live.call('POST', '/me/subscriptions', u.token, { requestId: randomUUID(), templateIds: [TEMPLATES.points_expiring], accepted: [] });
    expect(balance.json).toEqual({ items: [{ templateId: TEMPLATES.points_expiring, remaining: 4 }] });
  });

  it('without a consent (or without WeChat) the notice stays in the inbox only', async () => {
    const consentless = await wechatUser();
    const g = await live.guest();
    await notifier(0).notifyPointsExpiring(consentless.userId, 1, '2027-02-01');
    await notifier(0).notifyPointsExpiring(g.user.id, 1, '2027-02-01');
    expect((await inbox(consentless.token)).items).toHaveLength(1);
    expect((await inbox(g.accessToken)).items).toHaveLength(1);
    expect(sendsTo(consentless.openid)).toEqual([]);
    expect(await sendRows(consentless.userId)).toEqual([]);
  });

  it('lists the subscribe templates; consents count per template and once per request id; unknown ids refused', async () => {
    const templates = await live.call('GET', '/notifications/templates');
    expect(new Set(templates.json.items)).toEqual(new Set(Object.entries(TEMPLATES).map(([kind, templateId]) => ({ kind, templateId }))));
    const u = await wechatUser();
    const requestId = randomUUID();
    const body = { requestId, templateIds: [TEMPLATES.order_shipped, TEMPLATES.room_live], accepted: [TEMPLATES.order_shipped] };
    const first = await live.call('POST', '/me/subscriptions', u.token, body);
    const again = await live.call('POST', '/me/subscriptions', u.token, body, 1);
    expect(first.json).toEqual({ items: [{ templateId: TEMPLATES.order_shipped, remaining: 1 }] });
    expect(again.json).toEqual(first.json);
    const unknown = await live.call('POST', '/me/subscriptions', u.token, { requestId: randomUUID(), templateIds: ['NOPE'], accepted: ['NOPE'] });
    expect([unknown.status, unknown.json.code]).toEqual([400, ErrorCode.SUBSCRIBE_TEMPLATE_UNKNOWN]);
    const notAsked = await live.call('POST', '/me/subscriptions', u.token, { requestId: randomUUID(), templateIds: [TEMPLATES.room_live], accepted: [TEMPLATES.order_shipped] });
    expect([notAsked.status, notAsked.json.code]).toEqual([400, ErrorCode.VALIDATION_FAILED]);
  });

  it('an order shipped: the buyer finds it in the inbox and gets one WeChat message that opens the order', async () => {
    const s = shop(live, () => merchant);
    const u = await wechatUser({ [TEMPLATES.order_shipped]: 1 });
    const address = await live.call('POST', '/me/addresses', u.token, { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' });
    const sku = await s.sku(1_000);
    const made = await live.call('POST', '/orders', u.token, { requestId: randomUUID(), lines: [{ skuId: sku, quantity: 1 }], addressId: address.json.id });
    expect(await s.pay({ token: u.token, userId: u.userId, addressId: address.json.id }, made.json.id)).toBe('paid');
    const ship = () => live.call('POST', `/merchant/orders/${made.json.id}/ship`, merchant, { carrier: '顺丰速运', trackingNo: 'SF1234567890' });
    expect((await ship()).json.status).toBe('shipped');
    expect((await ship()).json.code).toBe(ErrorCode.ORDER_STATE_CONFLICT);

    const page = await inbox(u.token);
    expect(page.unreadCount).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({ kind: 'order_shipped', title: '订单已发货', link: `/subpackages/mall/order/index?id=${made.json.id}`, readAt: null }),
    ]);
    expect(page.items[0].body).toContain('SF1234567890');
    const sent = await until('the shipped message reached WeChat', async () => sendsTo(u.openid).find((x) => x.errcode === 0));
    expect(sent).toMatchObject({ templateId: TEMPLATES.order_shipped, page: `subpackages/mall/order/index?id=${made.json.id}` });
    expect(sent.data.character_string3).toEqual({ value: 'SF1234567890' });

    // Read it (twice: the first read time stays), and nobody else can.
    const read = await live.call('POST', `/me/notifications/${page.items[0].id}/read`, u.token);
    expect(read.json.readAt).not.toBeNull();
    expect((await live.call('POST', `/me/notifications/${page.items[0].id}/read`, u.token, undefined, 1)).json.readAt).toBe(read.json.readAt);
    const stranger = await live.guest();
    const theirs = await live.call('POST', `/me/notifications/${page.items[0].id}/read`, stranger.accessToken);
    expect([theirs.status, theirs.json.code]).toEqual([404, ErrorCode.NOTIFICATION_NOT_FOUND]);
    expect((await inbox(u.token)).unreadCount).toBe(0);
    expect(await sendRows(u.userId)).toEqual([{ event_key: `order_shipped:${made.json.id}`, status: 'sent' }]);
  });

  it('a room going live tells each user who set "remind me" once, however often it is started; others hear nothing', async () => {
    const roomId = await live.createLiveRoom('新品首发专场', 'scheduled');
    const reminded = await wechatUser({ [TEMPLATES.room_live]: 2 });
    const guest = await live.guest();
    const bystander = await live.guest();
    for (const t of [reminded.token, guest.accessToken]) expect((await live.call('PUT', `/live-rooms/${roomId}/reminder`, t)).json.reminded).toBe(true);

    const starts = await Promise.all([0, 1, 2].map((i) => live.call('POST', `/merchant/rooms/${roomId}/start`, merchant, undefined, i)));
    expect(starts.map((r) => r.json.status)).toEqual(['live', 'live', 'live']);
    for (const t of [reminded.token, guest.accessToken]) {
      const page = await until('the live notice reached the inbox', async () => {
        const p = await inbox(t);
        return p.items.length > 0 && p;
      });
      expect(page.items).toEqual([expect.objectContaining({ kind: 'room_live', link: `/subpackages/live/room/index?roomId=${roomId}` })]);
    }
    const sent = await until('the live message reached WeChat', async () => sendsTo(reminded.openid).find((x) => x.errcode === 0));
    expect(sent).toMatchObject({ templateId: TEMPLATES.room_live, data: { thing1: { value: '新品首发专场' }, thing2: { value: '林掌柜' } } });
    // The job again (a redelivery): nobody is told twice.
    await live.servers[0]!.app.get(RoomLiveNotices).tell(roomId);
    expect(sendsTo(reminded.openid)).toHaveLength(1);
    expect((await inbox(bystander.accessToken)).items).toEqual([]);

    const all = await live.call('POST', '/me/notifications/read-all', guest.accessToken);
    expect(all.json).toEqual({ unreadCount: 0, marked: 1 });
    expect((await inbox(guest.accessToken)).unreadCount).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launch, openPhone, type Phone } from './harness';
import { postJson, snapTo, svgPicture, waitForTextOn } from './page-helpers';
import type { StartedServer } from './server';

// Customer service in the H5 build against the real server: a viewer opens the chat from a goods page,
// asks with the number of their shipped order and reads its status and tracking, types 转人工; the shop
// (a second phone, on the host inbox page) sees the conversation and answers; the viewer sees the answer.
jest.setTimeout(180_000);

let server: StartedServer;
let viewer: Page;
let shop: Phone;
let stop: (() => Promise<void>) | undefined;
let goodsId: string;
let viewerToken: string;
let viewerId: string;
let orderNo: string;
const deviceId = `e2e-support-${randomUUID().slice(0, 8)}`;
const trackingNo = `SF${Date.now()}`;

const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(server.baseUrl, route, body, token);
const apiGet = async <T>(route: string, token: string): Promise<T> => {
  const res = await fetch(`${server.baseUrl}${route}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};
const input = (page: Page, id: string) => page.locator(`#${id} input, input#${id}`).first();

/** Puts a session (or a guest device id) where the H5 app's storage looks for it; Taro wraps values as {"data": …}. */
const seedStorage = (page: Page, key: string, value: string) =>
  page.addInitScript(([k, v]: [string, string]) => {
    if (!localStorage.getItem(k)) localStorage.setItem(k, JSON.stringify({ data: v }));
  }, [key, value] as [string, string]);

beforeAll(async () => {
  ({ server, page: viewer, stop } = await launch());
  shop = await openPhone();
  const merchant = await apiPost<{ accessToken: string; refreshToken: string; user: unknown }>('/auth/demo', { account: 'merchant' });
  await seedStorage(shop.page, 'livemall.session', JSON.stringify({ state: { user: merchant.user, accessToken: merchant.accessToken, refreshToken: merchant.refreshToken }, version: 0 }));

  // The browser logs in as the guest of this device id; the test logs in as the same guest to set up an order.
  await seedStorage(viewer, 'livemall.deviceId', deviceId);
  ({ accessToken: viewerToken, user: { id: viewerId } } = await apiPost<{ accessToken: string; user: { id: string } }>('/auth/guest', { deviceId }));
  const goods = await apiPost<{ id: string; skus: Array<{ id: string }> }>(
    '/merchant/goods',
    { title: 'e2e 客服 明前龙井', images: [svgPicture('#cfe3c4')], skus: [{ specValues: [], priceFen: 6800, stock: 20 }] },
    merchant.accessToken,
  );
  goodsId = goods.id;
  const address = await apiPost<{ id: string }>('/me/addresses', { name: '李四', phone: '13800138000', province: '浙江省', city: '杭州市', district: '西湖区', detail: '龙井路 1 号' }, viewerToken);
  const order = await apiPost<{ id: string; no: string }>('/orders', { requestId: randomUUID(), lines: [{ skuId: goods.skus[0]!.id, quantity: 1 }], addressId: address.id }, viewerToken);
  orderNo = order.no;
  const started = await apiPost<{ paymentId: string }>(`/orders/${order.id}/pay`, {}, viewerToken);
  await apiPost(`/payments/${started.paymentId}/dev-confirm`, {}, viewerToken);
  await apiPost(`/merchant/orders/${order.id}/ship`, { carrier: '顺丰速运', trackingNo }, merchant.accessToken);
});

afterAll(async () => {
  await shop?.close();
  await stop?.();
});

describe('customer service', () => {
  it('viewer asks about an order from the goods page, hands over to a person, and reads the shop\'s answer', async () => {
    await viewer.goto(`${server.baseUrl}/#/subpackages/mall/goods/index?id=${goodsId}`);
    await viewer.locator('#goods-service').click({ timeout: 20_000 });
    await waitForTextOn(viewer, '#chat-status', /智能客服/, 20_000);
    await viewer.locator('#chat-quick-0').waitFor({ timeout: 15_000 });

    await input(viewer, 'chat-input').fill(`请问订单 ${orderNo} 到哪了`);
    await viewer.locator('#chat-send').click();
    const answer = viewer.locator('.chat-msg--bot', { hasText: trackingNo });
    await answer.waitFor({ timeout: 15_000 });
    expect(await answer.textContent()).toContain('已发货');
    expect(await answer.textContent()).toContain('顺丰速运');
    await snapTo(viewer, 'support-chat-order.png', '#chat-list');

    await viewer.locator('#chat-human').click();
    await waitForTextOn(viewer, '#chat-status', /人工客服接待中/);
    await viewer.locator('.chat-msg--bot', { hasText: '转接人工客服' }).waitFor({ timeout: 15_000 });

    // The shop: the conversation waits in its inbox (API and page agree).
    const merchantToken = (await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' })).accessToken;
    const inbox = await apiGet<{ items: Array<{ id: string; userId: string; status: string }> }>('/merchant/support/conversations', merchantToken);
    const mine = inbox.items.find((c) => c.userId === viewerId);
    expect(mine?.status).toBe('human');

    const host = shop.page;
    await host.goto(`${server.baseUrl}/#/subpackages/host/inbox/index`);
    await host.locator(`#host-chat-${mine!.id}`).click({ timeout: 20_000 });
    await host.locator('#host-thread', { hasText: '转人工' }).waitFor({ timeout: 15_000 });
    await input(host, 'host-reply-input').fill('您好，包裹明天送到，请留意电话');
    await host.locator('#host-reply-send').click();
    await host.locator('#host-thread', { hasText: '包裹明天送到' }).waitFor({ timeout: 15_000 });
    await snapTo(host, 'support-host-inbox.png', '#host-thread');

    // The viewer's chat picks the answer up by polling.
    await viewer.locator('.chat-msg--agent', { hasText: '包裹明天送到' }).waitFor({ timeout: 15_000 });
    await snapTo(viewer, 'support-chat-agent.png', '#chat-list');
  });

  it('the order page leads to the chat with the order number filled in', async () => {
    const orders = await apiGet<{ items: Array<{ id: string; no: string }> }>('/me/orders?limit=5', viewerToken);
    const order = orders.items.find((o) => o.no === orderNo)!;
    await viewer.goto(`${server.baseUrl}/#/subpackages/mall/order/index?id=${order.id}`);
    await viewer.locator('#order-service').click({ timeout: 20_000 });
    await viewer.waitForFunction((no) => (document.querySelector('#chat-input input') as HTMLInputElement | null)?.value.includes(no) ?? false, orderNo, { timeout: 15_000 });
  });
});

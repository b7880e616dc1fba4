import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { formatFen, type ShopDashboard } from '@livemall/shared';
import type { Page } from 'playwright-core';
import { postJson, svgPicture } from '../../client/e2e/page-helpers';
import { lastDays } from '../src/features/dashboards/date-range';
import { launchConsole, shotsDir, signInAsDemoOwner, type ConsoleHarness } from './console-harness';

// The dashboards and experiments screens against the real server: a buyer pays an order through the API,
// the owner opens the console and sees the same GMV the API gives, changes the range, then creates and
// starts an experiment (the buyer is exposed to it) and reads its results.
jest.setTimeout(180_000);

let h: ConsoleHarness;
let desk: Page;
let merchant: string;
let buyer: string;
const roomTitle = `e2e 看板直播间 ${randomUUID().slice(0, 4)}`;

const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(h.server.baseUrl, route, body, token);
const apiGet = async <T>(route: string, token: string): Promise<T> => {
  const res = await fetch(`${h.server.baseUrl}${route}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};
const shopGmv = async (from: string, to: string) => formatFen((await apiGet<ShopDashboard>(`/merchant/dashboards/shop?from=${from}&to=${to}`, merchant)).gmvFen, { grouping: true });
const shopAnswer = (from: string) => desk.waitForResponse((r) => r.url().includes(`/merchant/dashboards/shop?from=${from}`) && r.ok());

beforeAll(async () => {
  h = await launchConsole();
  desk = h.desk;
  merchant = (await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' })).accessToken;
  buyer = (await apiPost<{ accessToken: string }>('/auth/guest', { deviceId: `e2e-insights-${randomUUID().slice(0, 8)}` })).accessToken;
  const goods = await apiPost<{ skus: Array<{ id: string }> }>(
    '/merchant/goods',
    { title: 'e2e 看板 碧螺春', images: [svgPicture('#d9e8c8')], skus: [{ specValues: [], priceFen: 12345, stock: 20 }] },
    merchant,
  );
  const address = await apiPost<{ id: string }>('/me/addresses', { name: '王五', phone: '13800138000', province: '江苏省', city: '苏州市', district: '吴中区', detail: '东山镇 1 号' }, buyer);
  const order = await apiPost<{ id: string }>('/orders', { requestId: randomUUID(), lines: [{ skuId: goods.skus[0]!.id, quantity: 2 }], addressId: address.id }, buyer);
  const started = await apiPost<{ paymentId: string }>(`/orders/${order.id}/pay`, {}, buyer);
  await apiPost(`/payments/${started.paymentId}/dev-confirm`, {}, buyer);
  const room = await apiPost<{ id: string }>('/merchant/rooms', { title: roomTitle, anchorName: '林掌柜' }, merchant);
  await apiPost(`/merchant/rooms/${room.id}/start`, {}, merchant);
});

afterAll(async () => {
  await h?.stop();
});

it("shows the shop's GMV as the API counts it, for the default week and for another range", async () => {
  const week = lastDays(7);
  const expected = await shopGmv(week.from, week.to);
  expect(expected).not.toBe('¥0.00'); // the paid order is in it
  const answered = shopAnswer(week.from);
  await signInAsDemoOwner(desk, h.server.baseUrl);
  await answered;
  await desk.waitForFunction((text) => document.querySelector('#kpi-gmv')?.textContent === text, expected, { timeout: 15_000 });
  expect(await desk.locator('#dashboard-top-goods').textContent()).toContain('e2e 看板 碧螺春');
  await desk.locator('#dashboard-days-chart canvas').first().waitFor();
  await desk.locator('#dashboard-funnel-chart canvas').first().waitFor();
  await desk.waitForTimeout(600); // the charts' entry animation
  await desk.screenshot({ path: path.join(shotsDir, 'console-dashboard.png'), fullPage: true });

  // Another range through the picker's presets: a new request, and the figure of that range.
  const month = lastDays(30);
  const monthAnswered = shopAnswer(month.from);
  await desk.click('#dashboard-range');
  await desk.locator('.ant-picker-presets li', { hasText: '最近 30 天' }).click();
  await monthAnswered;
  await desk.waitForFunction((text) => document.querySelector('#kpi-gmv')?.textContent === text, await shopGmv(month.from, month.to), { timeout: 15_000 });

  // A room from the picker: its own page, figures and the minute chart (the room is live: one minute so far).
  await desk.click('#dashboard-room-picker');
  await desk.locator('.ant-select-item-option', { hasText: roomTitle }).click();
  await desk.waitForFunction((title) => document.querySelector('#room-dashboard-title')?.textContent?.includes(title), roomTitle, { timeout: 15_000 });
  await desk.waitForFunction(() => document.querySelector('#kpi-viewers')?.textContent === '0', undefined, { timeout: 15_000 });
  await desk.locator('#room-dashboard-chart canvas').first().waitFor();
  await desk.waitForTimeout(600);
  await desk.screenshot({ path: path.join(shotsDir, 'console-dashboard-room.png'), fullPage: true });
});

it('creates and starts an experiment, and shows its results per variant', async () => {
  const key = `e2e-${randomUUID().slice(0, 8)}`;
  await desk.click('#menu-experiments');
  await desk.click('#experiment-new');
  await desk.fill('#experiment_key', key);
  await desk.fill('#experiment_variants_0_name', 'grid');
  await desk.fill('#experiment_variants_1_name', 'list');
  await desk.click('#experiment-submit');
  await desk.locator(`#experiment-start-${key}`).click();
  await desk.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
  await desk.locator(`#experiment-stop-${key}`).waitFor({ timeout: 15_000 });

  // The buyer is put in a variant and sees it: one exposure for that variant.
  const { variant } = await apiGet<{ variant: string | null }>(`/experiments/${key}/assignment`, buyer);
  expect(variant === 'grid' || variant === 'list').toBe(true);
  await apiPost(`/experiments/${key}/exposures`, {}, buyer);

  await desk.click(`#experiment-results-${key}`);
  await desk.click('#experiment-results-refresh'); // the list was read before the exposure
  await desk.waitForFunction((text) => document.querySelector('#experiments-table')?.textContent?.includes(text), `${variant}：50.0% · 1 人`, { timeout: 15_000 });
  const rows = desk.locator('#experiment-results-table tbody tr.ant-table-row');
  await rows.nth(1).waitFor({ timeout: 15_000 });
  const exposed = desk.locator('#experiment-results-table tbody tr', { hasText: variant! });
  expect(await exposed.locator('td').nth(1).textContent()).toBe('1');
  expect(await desk.locator('#experiment-verdict').textContent()).toBe('样本不足');
  expect(await desk.locator('#experiment-alpha').textContent()).toContain('α = 0.05');
  await desk.locator('#experiment-rates-chart canvas').first().waitFor();
  await desk.waitForTimeout(600);
  await desk.screenshot({ path: path.join(shotsDir, 'console-experiments.png'), fullPage: true });
});

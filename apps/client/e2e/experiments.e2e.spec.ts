import type { Page } from 'playwright-core';
import { launch } from './harness';
import { postJson, snapTo, svgPicture } from './page-helpers';
import type { StartedServer } from './server';

// The goods-card-layout A/B experiment in the H5 build against the real server: the demo merchant creates
// and starts it with every user in the `list` arm (grid 0 / list 1); a guest opens the mall tab and sees one
// card per row; reloading the page logs no second exposure. Experiment keys are global and the other specs
// expect the grid, so the experiment is stopped at the end in case the database outlives this spec.
jest.setTimeout(180_000);

const KEY = 'goods-card-layout';
let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
let merchant: string;
let started = false;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
  merchant = (await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' })).accessToken;
  // A few goods with pictures that load offline, newest first at the top of the screenshot.
  const goods = [
    ['e2e 赣南脐橙 5斤装 当季现摘', '#ffe1d6', 3990],
    ['e2e 安吉白茶 明前特级 100g', '#e3f7d4', 8800],
    ['e2e 云南高山蓝莓 125g×4盒', '#eadcff', 12990],
  ] as const;
  for (const [title, fill, priceFen] of goods) {
    await apiPost('/merchant/goods', { title, images: [svgPicture(fill)], skus: [{ specValues: [], priceFen, originalPriceFen: priceFen + 1000, stock: 40 }] }, merchant);
  }
  await apiPost('/merchant/experiments', { key: KEY, variants: [{ name: 'grid', weight: 0 }, { name: 'list', weight: 1 }] }, merchant);
  await apiPost(`/merchant/experiments/${KEY}/start`, {}, merchant);
  started = true;
});

afterAll(async () => {
  if (started) await apiPost(`/merchant/experiments/${KEY}/stop`, {}, merchant).catch(() => undefined);
  await stop?.();
});

const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(server.baseUrl, route, body, token);

async function apiGet<T>(route: string, token: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}${route}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${route}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Arm = { variant: string; exposures: number };
const arms = async () => (await apiGet<{ arms: Arm[] }>(`/merchant/experiments/${KEY}/results`, merchant)).arms;
const exposuresOf = async () => Object.fromEntries((await arms()).map((a) => [a.variant, a.exposures]));

async function openMallInListLayout(): Promise<void> {
  await page.locator('#mall-waterfall.goods-rows .goods-card').first().waitFor({ timeout: 20_000 });
}

describe('goods-card-layout experiment', () => {
  it('puts the viewer in the list arm: one card per row, the same card ids, one exposure across reloads', async () => {
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await openMallInListLayout();
    expect(await page.locator('#mall-waterfall .waterfall__column').count()).toBe(0);
    // One per row: every card as wide as the list, one above the other.
    const boxes = await page.locator('#mall-waterfall .goods-card').evaluateAll((els) => els.slice(0, 3).map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(1);
    expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom - 1);
    expect(boxes[0]!.width).toBeGreaterThan(300);
    await expect(page.locator('#mall-waterfall .goods-card').first().textContent()).resolves.toContain('e2e 云南高山蓝莓');
    for (const price of (await page.locator('#mall-waterfall .goods-card__price').allTextContents()).slice(0, 5)) expect(price).toMatch(/^¥\d+\.\d{2}$/);

    await page.waitForFunction(() => Array.from(document.querySelectorAll('#mall-waterfall img')).slice(0, 3).every((img) => (img as HTMLImageElement).complete));
    await snapTo(page, 'experiments-goods-list.png', '#mall-waterfall');

    // The hook posts the exposure after the cards show: wait for it to land.
    for (let i = 0; i < 40 && (await exposuresOf()).list === 0; i++) await page.waitForTimeout(250);
    expect(await exposuresOf()).toEqual({ grid: 0, list: 1 });
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await openMallInListLayout();
    }
    // Each reload asks again and posts the exposure again (a new session); the server keeps the first only.
    await page.waitForTimeout(1_000);
    expect(await exposuresOf()).toEqual({ grid: 0, list: 1 });
    const listed = await apiGet<{ items: Array<{ key: string; status: string; exposures: Arm[] }> }>('/merchant/experiments', merchant);
    expect(listed.items.find((e) => e.key === KEY)).toMatchObject({ status: 'running', exposures: [{ variant: 'grid', exposures: 0 }, { variant: 'list', exposures: 1 }] });
  });

  it('opens a goods from its list card, as from the waterfall', async () => {
    await page.locator('#mall-waterfall .goods-card').first().click();
    await page.locator('#goods-title').waitFor({ timeout: 15_000 });
    expect(page.url()).toContain('subpackages/mall/goods/index?id=');
  });

  it('shows the waterfall again once the experiment is stopped (a new session)', async () => {
    await apiPost(`/merchant/experiments/${KEY}/stop`, {}, merchant);
    started = false;
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await page.reload();
    await page.locator('#mall-waterfall .waterfall__column').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#mall-waterfall.goods-rows').count()).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatFen } from '@livemall/shared';
import type { Page } from 'playwright-core';
import { postJson, svgPicture } from '../../client/e2e/page-helpers';
import { launchConsole, shotsDir, signInAsDemoOwner, type ConsoleHarness } from './console-harness';

// The demo owner creates a goods with a 2×2 SKU matrix in the console and puts it on the shelf; a buyer
// orders and pays for it through the API (dev payment); the console shows the paid order and ships it.
jest.setTimeout(240_000);

let h: ConsoleHarness;
let desk: Page;
let ownerToken: string;
const title = `e2e 控制台 T恤 ${randomUUID().slice(0, 6)}`;

type Sku = { id: string; specValues: string[]; priceFen: number; stock: number };
type Goods = { id: string; title: string; onShelf: boolean; skus: Sku[] };

async function apiGet<T>(route: string, token: string): Promise<T> {
  const res = await fetch(`${h.server.baseUrl}${route}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
const myGoods = async () => (await apiGet<{ items: Goods[] }>('/merchant/goods?limit=50', ownerToken)).items.find((g) => g.title === title);

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

beforeAll(async () => {
  h = await launchConsole();
  desk = h.desk;
  ({ accessToken: ownerToken } = await signInAsDemoOwner(desk, h.server.baseUrl));
});

afterAll(async () => {
  await h?.stop();
});

describe('console goods and orders', () => {
  let goods: Goods;
  let orderNo: string;
  let orderTotalFen: number;

  it('creates a goods with a 2×2 SKU matrix (yuan typed → exact fen) and puts it on the shelf', async () => {
    await desk.click('#menu-goods');
    await desk.click('#goods-new');
    await desk.fill('#goods-title', title);
    await desk.fill('#goods-image-url', svgPicture('#f4b6c2'));
    await desk.click('#goods-image-add');
    await desk.fill('#goods-description', '纯棉，宽松版型');
    await desk.click('#spec-add');
    await desk.fill('#spec-name-0', '颜色');
    await desk.fill('#spec-values-0', '红/蓝');
    await desk.click('#spec-add');
    await desk.fill('#spec-name-1', '尺码');
    await desk.fill('#spec-values-1', 'S/M');
    const prices = ['19.9', '19.9', '21', '21.5'];
    for (const [i, price] of prices.entries()) {
      await desk.fill(`#sku-${i}-price`, price);
      await desk.fill(`#sku-${i}-stock`, String(5 + i));
    }
    expect(await desk.locator('#sku-table tbody tr').count()).toBe(4);
    await desk.screenshot({ path: path.join(shotsDir, 'console-goods-editor.png'), fullPage: true, animations: 'disabled' });
    await desk.click('#goods-save');
    await desk.locator('#goods-table tr', { hasText: title }).waitFor({ timeout: 15_000 });

    goods = await until('the saved goods', myGoods);
    expect(goods.onShelf).toBe(false);
    expect(goods.skus.map((s) => [s.specValues.join('/'), s.priceFen, s.stock]).sort()).toEqual([
      ['红/M', 1990, 6],
      ['红/S', 1990, 5],
      ['蓝/M', 2150, 8],
      ['蓝/S', 2100, 7],
    ]);

    await desk.click(`#shelf-${goods.id}`);
    await until('the goods on the shelf', async () => (await myGoods())?.onShelf);
    // The API says it is on the shelf; the row re-renders a moment later.
    await desk.locator('#goods-table tr', { hasText: title }).filter({ hasText: '在售' }).waitFor({ timeout: 15_000 });
  });

  it('shows the paid order and ships it with a tracking number', async () => {
    const buyer = await postJson<{ accessToken: string }>(h.server.baseUrl, '/auth/guest', { deviceId: `e2e-console-${randomUUID().slice(0, 8)}` });
    const address = await postJson<{ id: string }>(h.server.baseUrl, '/me/addresses', { name: '王小明', phone: '13912345678', province: '浙江省', city: '杭州市', district: '西湖区', detail: '文三路 1 号' }, buyer.accessToken);
    const sku = goods.skus.find((s) => s.specValues.join('/') === '蓝/S')!;
    const order = await postJson<{ id: string; no: string; itemsFen: number; totalFen: number }>(
      h.server.baseUrl,
      '/orders',
      { requestId: randomUUID(), lines: [{ skuId: sku.id, quantity: 2 }], addressId: address.id, couponId: null },
      buyer.accessToken,
    );
    expect(order.itemsFen).toBe(4200);
    ({ no: orderNo, totalFen: orderTotalFen } = order);
    const started = await postJson<{ paymentId: string }>(h.server.baseUrl, `/orders/${order.id}/pay`, {}, buyer.accessToken);
    await postJson(h.server.baseUrl, `/payments/${started.paymentId}/dev-confirm`, {}, buyer.accessToken);

    await desk.click('#menu-orders');
    await desk.click('#orders-tab-paid');
    const row = desk.locator(`#order-row-${order.no}`);
    await row.waitFor({ timeout: 15_000 });
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('待发货');
    expect(rowText).toContain('王**');
    expect(rowText).toContain('139****5678');
    expect(rowText).toContain(formatFen(order.totalFen));

    await row.click();
    await desk.locator('#ship-form').waitFor();
    await desk.fill('#ship-carrier', '顺丰速运');
    await desk.fill('#ship-tracking', 'SF20261207001');
    await desk.click('#ship-submit');
    await desk.locator('#order-drawer-status', { hasText: '已发货' }).waitFor({ timeout: 15_000 });
    expect(await desk.locator('#order-drawer-tracking').textContent()).toContain('SF20261207001');
    await desk.screenshot({ path: path.join(shotsDir, 'console-orders-drawer.png'), animations: 'disabled' });
    await desk.keyboard.press('Escape');
    await desk.click('#orders-tab-all');
    await desk.locator(`#order-row-${order.no}`, { hasText: '已发货' }).waitFor({ timeout: 15_000 });
    await desk.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 });
    await desk.screenshot({ path: path.join(shotsDir, 'console-orders.png'), animations: 'disabled' });

    const shipped = await apiGet<{ status: string; carrier: string; trackingNo: string }>(`/orders/${order.id}`, buyer.accessToken);
    expect(shipped).toMatchObject({ status: 'shipped', carrier: '顺丰速运', trackingNo: 'SF20261207001' });
  });

  it('exports the orders of the current tab as CSV with a progress display (BOM, yuan)', async () => {
    await desk.click('#orders-tab-shipped');
    await desk.locator(`#order-row-${orderNo}`).waitFor({ timeout: 15_000 });
    await desk.click('#orders-export');
    const [download] = await Promise.all([desk.waitForEvent('download'), desk.click('#export-start')]);
    await desk.locator('#export-summary', { hasText: '已导出' }).waitFor({ timeout: 15_000 });
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const line = text.split('\r\n').find((l) => l.startsWith(orderNo))!;
    expect(line).toContain('已发货');
    expect(line).toContain(`,${formatFen(orderTotalFen, { symbol: false })},`);
    expect(line).toContain('SF20261207001');
    await desk.click('#export-close');
  });

  it('imports goods from a CSV line by line with progress, naming the bad line', async () => {
    const tag = randomUUID().slice(0, 6);
    // A data URL has a comma after its type, so the picture fields are quoted.
    const csv = [
      'title,category,price_yuan,stock,image_url,spec',
      `导入杯 ${tag},,12.5,3,"${svgPicture('#c2d6f4')}",`,
      `导入帽 ${tag},,9.9,2,"${svgPicture('#d6f4c2')}",颜色:黑`,
      `导入帽 ${tag},,9.9,4,,颜色:白`,
      `坏价格 ${tag},,12.345,1,"${svgPicture('#eeeeee')}",`,
    ].join('\n');
    await desk.click('#menu-goods');
    await desk.click('#goods-import');
    await desk.setInputFiles('#import-file', { name: 'goods.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
    await desk.locator('#import-check', { hasText: '可导入 2 件商品（3 个 SKU），1 处问题' }).waitFor({ timeout: 10_000 });
    expect(await desk.locator('#import-errors').textContent()).toContain('第 5 行：价格「12.345」不是金额');
    await desk.click('#import-start');
    await desk.locator('#import-summary', { hasText: '成功 2 件，失败 0 件' }).waitFor({ timeout: 20_000 });
    await desk.click('#import-close');
    const mine = (await apiGet<{ items: Goods[] }>('/merchant/goods?limit=50', ownerToken)).items.filter((g) => g.title.endsWith(tag));
    expect(mine.map((g) => [g.title, g.onShelf, g.skus.map((k) => k.priceFen).sort()]).sort()).toEqual([
      [`导入帽 ${tag}`, false, [990, 990]],
      [`导入杯 ${tag}`, false, [1250]],
    ]);
  });
});

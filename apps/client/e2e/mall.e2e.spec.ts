import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, resultsDir } from './harness';
import { svgPicture } from './pictures';
import type { StartedServer } from './server';

// The mall in the H5 build against the real server: the demo merchant stocks the shelf through the
// API; a guest scrolls the waterfall until its second page loads, filters by category, opens a goods,
// picks a spec, adds it to the cart, checks out with a new address, pays with the dev provider and sees
// the order waiting for shipment.
jest.setTimeout(180_000);

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
const docsDir = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

// More goods than one page of the waterfall (20) holds, besides the six the demo seed puts on sale.
const EXTRA_GOODS = 22;
let tshirtId: string;
let categoryId: string;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
  const admin = await demoToken('admin');
  const merchant = await demoToken('merchant');
  categoryId = (await apiPost<{ id: string }>('/admin/categories', { name: `e2e 服饰 ${Date.now() % 1000}` }, admin)).id;

  const fills = ['#ffd1e0', '#ffe1d6', '#d6ecff', '#e3f7d4', '#fff2c2', '#eadcff'];
  const shapes = [
    [300, 400],
    [300, 300],
    [400, 300],
    [300, 450],
  ] as const;
  for (let i = 0; i < EXTRA_GOODS; i++) {
    const [w, h] = shapes[i % shapes.length]!;
    await apiPost(
      '/merchant/goods',
      {
        title: i % 3 === 0 ? `e2e 好物 ${i + 1} 号 产地直发 新鲜到家 限时特惠` : `e2e 好物 ${i + 1} 号`,
        images: [picture(w, h, fills[i % fills.length]!)],
        skus: [{ specValues: [], priceFen: 990 + i * 100, originalPriceFen: 1990 + i * 100, stock: 50 }],
      },
      merchant,
    );
  }
  // Created last, so it heads the 新品 order. 白 L is sold out; 黑 L has two left.
  const tshirt = await apiPost<{ id: string }>(
    '/merchant/goods',
    {
      title: 'e2e 印花T恤 纯棉',
      categoryId,
      images: [picture(300, 400, '#cfe3ff'), picture(300, 400, '#ffe0e6')],
      descriptionHtml: '<p>100% 新疆长绒棉，<strong>不起球</strong>。</p>',
      specs: [
        { name: '颜色', values: ['白', '黑'] },
        { name: '尺码', values: ['M', 'L'] },
      ],
      skus: [
        { specValues: ['白', 'M'], priceFen: 5900, originalPriceFen: 7900, stock: 5 },
        { specValues: ['白', 'L'], priceFen: 5900, stock: 0 },
        { specValues: ['黑', 'M'], priceFen: 6500, stock: 3 },
        { specValues: ['黑', 'L'], priceFen: 6900, stock: 2 },
      ],
    },
    merchant,
  );
  tshirtId = tshirt.id;
});

afterAll(async () => {
  await stop?.();
});

/** A plain coloured picture of the given shape (served by the browser context: see pictures.ts). */
function picture(width: number, height: number, fill: string): string {
  return svgPicture(fill, width, height);
}

async function apiPost<T>(route: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${route}: HTTP ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function shelfCount(): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await (await fetch(`${server.baseUrl}/goods?limit=50${query}`)).json()) as { items: unknown[]; nextCursor: string | null };
    count += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return count;
}

const demoToken = async (account: 'admin' | 'merchant') => (await apiPost<{ accessToken: string }>('/auth/demo', { account })).accessToken;

/** See h5.e2e.spec.ts: wait for Taro's page slide-in before a screenshot; a copy goes to docs/. */
async function snap(name: string, selector: string): Promise<void> {
  await page.locator(`.taro_page.taro_page_stationed:has(${selector})`).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: path.join(resultsDir, name), animations: 'disabled' });
  mkdirSync(docsDir, { recursive: true });
  copyFileSync(path.join(resultsDir, name), path.join(docsDir, name));
}

async function waitForText(selector: string, pattern: RegExp, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent?.trim() ?? ''),
    [selector, pattern.source] as const,
    { timeout },
  );
}

const cards = () => page.locator('#mall-waterfall .goods-card');
const input = (id: string) => page.locator(`#${id} input, input#${id}`).first();

describe('mall', () => {
  it('lays goods out in two columns and loads the next page at the bottom of the waterfall', async () => {
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await cards().first().waitFor({ timeout: 15_000 });
    await expect(cards().count()).resolves.toBe(20);
    await expect(page.locator('#mall-waterfall .waterfall__column').count()).resolves.toBe(2);
    // Let the pictures load and the card heights settle before the screenshot.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#mall-waterfall img')).every((img) => (img as HTMLImageElement).complete));
    await snap('mall-waterfall.png', '#mall-waterfall');
    for (const price of await page.locator('#mall-waterfall .goods-card__price').allTextContents()) expect(price).toMatch(/^¥\d+\.\d{2}$/);

    // The newest first: the T-shirt heads the list.
    await expect(cards().first().getAttribute('id')).resolves.toBe(`goods-card-${tshirtId}`);

    // Like a thumb: keep scrolling to the bottom (lazy pictures loading on the way make it taller).
    for (let i = 0; i < 30 && (await cards().count()) <= 20; i++) {
      await page.locator('#mall-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForTimeout(500);
    }
    await expect(cards().count()).resolves.toBeGreaterThan(20);
    // ... and on to the end of the shelf.
    for (let i = 0; i < 60 && (await page.locator('#mall-list-end').textContent()) !== '没有更多了'; i++) {
      await page.locator('#mall-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await page.waitForTimeout(500);
    }
    await waitForText('#mall-list-end', /^没有更多了$/);
    const total = await cards().count();
    // Everything on the shelf (the seed's goods too), as the API counts it page by page.
    expect(total).toBe(await shelfCount());
    expect(total).toBeGreaterThanOrEqual(EXTRA_GOODS + 1);
    // Each card once, across both pages.
    const ids = await cards().evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(total);
  });

  it('filters by category and opens a goods from its card', async () => {
    await page.locator(`#mall-cat-${categoryId}`).click();
    await page.waitForFunction(() => document.querySelectorAll('#mall-waterfall .goods-card').length === 1, null, { timeout: 15_000 });
    await page.locator(`#goods-card-${tshirtId}`).click();
    await page.locator('#goods-title').waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`subpackages/mall/goods/index?id=${tshirtId}`);
    await waitForText('#goods-price', /^¥59\.00 起$/);
  });

  it('greys out a sold-out spec value, prices the chosen SKU and bounds the quantity by its stock', async () => {
    await page.locator('#goods-spec-0-0').click(); // 白
    await expect(page.locator('#goods-spec-1-1').getAttribute('class')).resolves.toContain('specs__value--off'); // 白 L: sold out
    await page.locator('#goods-spec-0-1').click(); // 黑
    await expect(page.locator('#goods-spec-1-1').getAttribute('class')).resolves.not.toContain('specs__value--off');
    await page.locator('#goods-spec-1-1').click(); // L
    await waitForText('#goods-price', /^¥69\.00$/);
    await waitForText('#goods-stock', /^库存 2$/);
    await page.locator('#goods-qty-plus').click();
    await page.locator('#goods-qty-plus').click();
    await waitForText('#goods-qty-value', /^2$/);
    await snap('mall-goods.png', '#goods-specs');
  });

  it('adds the SKU to the cart, and the cart totals it', async () => {
    await page.locator('#goods-add').click();
    await waitForText('#goods-message', /^已加入购物车$/);
    await page.locator('#goods-cart').click();
    await page.locator('.cart-line').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.cart-line').count()).resolves.toBe(1);
    await waitForText('#cart-total', /^¥138\.00$/);
    await waitForText('#cart-checkout', /^结算\(2\)$/);
    await snap('mall-cart.png', '#cart-total');
  });

  it('checks out with a new address and the server’s figures', async () => {
    await page.locator('#cart-checkout').click();
    await page.locator('#checkout-address-add').click({ timeout: 15_000 });
    await page.locator('#address-form').waitFor({ timeout: 15_000 });
    // The shared schema's phone rule, in words, before anything is sent.
    await input('address-phone').fill('2380013800');
    await page.locator('#address-save').click();
    await waitForText('#address-phone-error', /11 位手机号/);

    await input('address-name').fill('林小姐');
    await input('address-phone').fill('13800138000');
    await input('address-province').fill('浙江省');
    await input('address-city').fill('杭州市');
    await input('address-district').fill('西湖区');
    await input('address-detail').fill('文三路 90 号 3 幢');
    await page.locator('#address-save').click();

    await page.locator('#checkout-address').waitFor({ timeout: 15_000 });
    await expect(page.locator('#checkout-address').textContent()).resolves.toContain('林小姐');
    await waitForText('#checkout-items', /^¥138\.00$/);
    await waitForText('#checkout-total', /^¥\d+\.\d{2}$/);
    await snap('mall-checkout.png', '#checkout-total');
  });

  it('places the order, pays with the dev provider and shows it waiting for shipment', async () => {
    await page.locator('#checkout-submit').click();
    await page.locator('#pay-dev-sheet').waitFor({ timeout: 15_000 });
    await expect(page.locator('#pay-dev-amount').textContent()).resolves.toBe(await page.locator('#checkout-total').textContent());
    await page.locator('#pay-dev-confirm').click();
    await waitForText('#order-status', /^待发货$/);
    expect(page.url()).toContain('subpackages/mall/order/index?id=');
    await expect(page.locator('.line-row__title').first().textContent()).resolves.toBe('e2e 印花T恤 纯棉');
    await snap('mall-order-paid.png', '#order-status');

    // A refund of one of the two, asked for on the item; the item then shows its refund's state.
    await page.locator('.mall-link', { hasText: '申请退款' }).click();
    await page.locator('[id^="refund-reason-"] input').fill('尺码偏大');
    await page.locator('[id^="refund-qty-"][id$="-minus"]').click();
    await page.locator('[id^="refund-submit-"]').click();
    await waitForText('.refund-status', /^退款申请中 ×1$/);
    await waitForText('#order-status', /^待发货$/);

    // The order is under 待发货 in 我的订单, and the cart no longer holds what was bought.
    await page.goto(`${server.baseUrl}/#/subpackages/mall/orders/index?status=paid`);
    await page.locator('.order-card').first().waitFor({ timeout: 15_000 });
    await expect(page.locator('.order-card').count()).resolves.toBe(1);
    await page.goto(`${server.baseUrl}/#/subpackages/mall/cart/index`);
    await waitForText('.status-view__text', /^购物车还是空的$/);
  });
});

import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, resultsDir } from './harness';
import type { StartedServer } from './server';

// Marketing tools in the H5 build against the real server: the demo merchant sets up a 满减, a coupon
// template and (later) a flash sale through the API; a guest claims the coupon in the coupon centre,
// finds it suggested at checkout and pays less than without it; then opens the flash sale before it
// starts, watches the countdown and the stock bar, and buys once it is live.
jest.setTimeout(240_000);

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
let merchant: string;
const docsDir = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

let teaId: string;
let couponTemplateId: string;
let flashGoodsSkuId: string;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
  merchant = await demoToken('merchant');
  const tea = await apiPost<{ id: string }>(
    '/merchant/goods',
    { title: 'e2e 明前龙井 礼盒', images: [picture('#d9f2d0')], skus: [{ specValues: [], priceFen: 12000, originalPriceFen: 15800, stock: 50 }] },
    merchant,
  );
  teaId = tea.id;
  const flashGoods = await apiPost<{ skus: { id: string }[] }>(
    '/merchant/goods',
    { title: 'e2e 秒杀 安吉白茶', images: [picture('#fff2c2')], skus: [{ specValues: [], priceFen: 19900, stock: 20 }] },
    merchant,
  );
  flashGoodsSkuId = flashGoods.skus[0]!.id;

  const now = Date.now();
  await apiPost(
    '/merchant/full-reductions',
    { name: '满100减10', tiers: [{ thresholdFen: 10000, amountFen: 1000 }], startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() },
    merchant,
  );
  couponTemplateId = (
    await apiPost<{ id: string }>(
      '/merchant/coupon-templates',
      {
        name: 'e2e 满100减15',
        rule: { kind: 'amount_off', thresholdFen: 10000, amountFen: 1500 },
        validity: { kind: 'relative', validDays: 7 },
        totalQuantity: 100,
        perUserLimit: 1,
      },
      merchant,
    )
  ).id;
});

afterAll(async () => {
  await stop?.();
});

function picture(fill: string): string {
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300'><rect width='100%' height='100%' fill='${fill}'/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
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

const demoToken = async (account: 'admin' | 'merchant') => (await apiPost<{ accessToken: string }>('/auth/demo', { account })).accessToken;

/** See mall.e2e.spec.ts: wait for Taro's page slide-in before a screenshot; a copy goes to docs/. */
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

const text = async (selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';
const fen = (yuan: string) => Math.round(Number(yuan.replace(/[^\d.]/g, '')) * 100);
const input = (id: string) => page.locator(`#${id} input, input#${id}`).first();

describe('marketing', () => {
  it('claims a coupon in the coupon centre from the mall tab', async () => {
    // The launch logs the guest in; the mall tab's strip leads to the coupon centre.
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await page.locator('#mall-entry-coupons').click({ timeout: 15_000 });
    const claim = page.locator(`#coupon-claim-${couponTemplateId}`);
    await claim.waitFor({ timeout: 15_000 });
    await waitForText(`#coupon-claim-${couponTemplateId}`, /^领取$/);
    await claim.click();
    await waitForText('#coupon-centre-message', /^领取成功$/);
    await waitForText(`#coupon-claim-${couponTemplateId}`, /^已领取$/);
    await snap('marketing-coupon-centre.png', `#coupon-claim-${couponTemplateId}`);

    // It is in 我的优惠券 under 未使用.
    await page.locator('#coupon-centre-mine').click();
    await page.locator('.mk-coupon', { hasText: 'e2e 满100减15' }).waitFor({ timeout: 15_000 });
  });

  it('finds the coupon suggested at checkout, after the 满减, and pays less with it', async () => {
    await page.goto(`${server.baseUrl}/#/subpackages/mall/goods/index?id=${teaId}`);
    await page.locator('#goods-buy').click({ timeout: 15_000 });
    await page.locator('#checkout-address-add').click({ timeout: 15_000 });
    await page.locator('#address-form').waitFor({ timeout: 15_000 });
    await input('address-name').fill('林小姐');
    await input('address-phone').fill('13800138000');
    await input('address-province').fill('浙江省');
    await input('address-city').fill('杭州市');
    await input('address-district').fill('西湖区');
    await input('address-detail').fill('文三路 90 号 3 幢');
    await page.locator('#address-save').click();

    await page.locator('#checkout-address').waitFor({ timeout: 15_000 });
    await waitForText('#checkout-items', /^¥120\.00$/);
    await waitForText('#checkout-coupon-value', /^-¥15\.00/);
    await waitForText('#checkout-discount-full_reduction', /^-¥10\.00$/);
    await waitForText('#checkout-discount-coupon', /^-¥15\.00$/);
    const withCoupon = fen(await text('#checkout-total'));
    await snap('marketing-checkout-coupon.png', '#checkout-coupon');

    // Without it the order costs ¥15 more; the picker shows what each choice takes off.
    await page.locator('#checkout-coupon').click();
    await page.locator('#coupon-picker').waitFor();
    await expect(text('#coupon-picker .coupon-option--on')).resolves.toContain('减¥15.00');
    await snap('marketing-coupon-picker.png', '#coupon-picker');
    await page.locator('#coupon-option-none').click();
    await waitForText('#checkout-coupon-value', /张可用/);
    const without = fen(await text('#checkout-total'));
    expect(without - withCoupon).toBe(1500);

    // Back to the suggested coupon, and pay.
    await page.locator('#checkout-coupon').click();
    await page.locator('#coupon-picker .coupon-option').first().click();
    await waitForText('#checkout-coupon-value', /^-¥15\.00/);
    expect(fen(await text('#checkout-total'))).toBe(withCoupon);
    await page.locator('#checkout-submit').click();
    await page.locator('#pay-dev-sheet').waitFor({ timeout: 15_000 });
    expect(fen(await text('#pay-dev-amount'))).toBe(withCoupon);
    await page.locator('#pay-dev-confirm').click();
    await waitForText('#order-status', /^待发货$/);
    await expect(page.locator('.figures').first().textContent()).resolves.toContain('优惠');

    // The coupon is used now.
    await page.goto(`${server.baseUrl}/#/subpackages/marketing/my-coupons/index?status=used`);
    await page.locator('.mk-coupon', { hasText: 'e2e 满100减15' }).waitFor({ timeout: 15_000 });
  });

  it('counts down to a flash sale, shows its stock bar, and buys once it is live', async () => {
    const startsAt = new Date(Date.now() + 12_000).toISOString();
    const sale = await apiPost<{ id: string }>(
      '/merchant/flash-sales',
      { skuId: flashGoodsSkuId, salePriceFen: 9900, totalUnits: 5, perUserLimit: 2, startsAt, endsAt: new Date(Date.now() + 3_600_000).toISOString() },
      merchant,
    );
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await page.locator('#mall-entry-flash').click({ timeout: 15_000 });
    await page.locator(`#flash-row-${sale.id}`).click({ timeout: 15_000 });

    await waitForText('#flash-phase', /^即将开始$/);
    await waitForText('#flash-countdown', /^距开始00:00:\d\d$/);
    await waitForText('#flash-left', /^剩 5\/5 件$/);
    await waitForText('#flash-buy', /^即将开始$/);
    await snap('marketing-flash-sale-upcoming.png', '#flash-countdown');

    // The clock moves the page on: live, with a pass to buy.
    await waitForText('#flash-phase', /^抢购中$/, 30_000);
    await waitForText('#flash-countdown', /^距结束00:59:\d\d$/);
    await waitForText('#flash-buy', /^立即抢购$/);
    await page.locator('#flash-qty-plus').click();
    await waitForText('#flash-total', /^¥198\.00$/);
    await snap('marketing-flash-sale-live.png', '#flash-stock-bar');

    await page.locator('#flash-buy').click();
    await page.locator('#pay-dev-sheet').waitFor({ timeout: 15_000 });
    await waitForText('#pay-dev-amount', /^¥198\.00$/);
    await page.locator('#pay-dev-confirm').click();
    await waitForText('#order-status', /^待发货$/);
    await expect(page.locator('.line-row__title').first().textContent()).resolves.toBe('e2e 秒杀 安吉白茶');

    // Two of the five units are gone.
    await page.goto(`${server.baseUrl}/#/subpackages/marketing/flash-sale/index?id=${sale.id}`);
    await waitForText('#flash-left', /^剩 3\/5 件$/);
    await waitForText('#flash-sold', /^已抢 40%$/);
  });
});

import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPhone, resultsDir } from './harness';
import { docsDir, postJson, snapTo, svgPicture, textOn, waitForTextOn } from './page-helpers';
import type { StartedServer } from './server';

// Marketing tools in the H5 build against the real server: the demo merchant sets up a 满减, a coupon
// template and (later) a flash sale through the API; a guest claims the coupon in the coupon centre,
// finds it suggested at checkout and pays less than without it; then opens the flash sale before it
// starts, watches the countdown and the stock bar, and buys once it is live; starts a group (拼团) and sees
// its seats and share link; starts a bargain (砍价) that a friend on a second phone helps, then buys it.
jest.setTimeout(240_000);

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
let merchant: string;

let teaId: string;
let couponTemplateId: string;
let flashGoodsSkuId: string;
let groupSkuId: string;
let bargainSkuId: string;

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
  const skuOf = async (title: string, priceFen: number, fill: string) =>
    (await apiPost<{ skus: { id: string }[] }>('/merchant/goods', { title, images: [picture(fill)], skus: [{ specValues: [], priceFen, stock: 20 }] }, merchant)).skus[0]!.id;
  groupSkuId = await skuOf('e2e 拼团 蜜桃乌龙', 5900, '#ffd1e0');
  bargainSkuId = await skuOf('e2e 砍价 白毫银针', 10000, '#d6ecff');

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

const picture = svgPicture;
const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(server.baseUrl, route, body, token);
const demoToken = async (account: 'admin' | 'merchant') => (await apiPost<{ accessToken: string }>('/auth/demo', { account })).accessToken;
const snap = (name: string, selector: string) => snapTo(page, name, selector);
const waitForText = (selector: string, pattern: RegExp, timeout?: number) => waitForTextOn(page, selector, pattern, timeout);
const text = (selector: string) => textOn(page, selector);
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
    await page.locator('[id^="my-coupon-"]', { hasText: 'e2e 满100减15' }).waitFor({ timeout: 15_000 });
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
    await page.locator('[id^="my-coupon-"]', { hasText: 'e2e 满100减15' }).waitFor({ timeout: 15_000 });
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

  it('starts a group: pays the group price and lands on the group with its seats, countdown and share link', async () => {
    const now = Date.now();
    const activity = await apiPost<{ id: string }>(
      '/merchant/group-buys',
      { skuId: groupSkuId, groupPriceFen: 3900, groupSize: 3, timeLimitMinutes: 60, perUserLimit: 2, startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 86_400_000).toISOString() },
      merchant,
    );
    await page.goto(`${server.baseUrl}/#/subpackages/marketing/group-buy/index?id=${activity.id}`);
    await waitForText('#group-buy-price', /^¥39\.00$/);
    await waitForText('#group-buy-normal', /^¥59\.00$/);
    await waitForText('#group-buy-start', /^发起拼团 ¥39\.00$/);
    await page.locator('#group-buy-start').click();
    await page.locator('#pay-dev-sheet').waitFor({ timeout: 15_000 });
    // The group price, plus the mall's shipping below its free-shipping line.
    expect(fen(await text('#pay-dev-amount'))).toBeGreaterThanOrEqual(3900);
    await page.locator('#pay-dev-confirm').click();

    await waitForText('#group-state', /^还差 2 人成团$/);
    expect(page.url()).toContain('subpackages/marketing/group/index?id=');
    await waitForText('#group-seats-left', /^1\/3 人 · 剩 2 个名额$/);
    await waitForText('#group-countdown', /^剩余00:5\d:\d\d$/);
    await expect(page.locator('.mk-seat--empty').count()).resolves.toBe(2);
    await expect(text('#group-share-link')).resolves.toContain('/subpackages/marketing/group/index?id=');
    await snap('marketing-group.png', '#group-seats-left');
  });

  it('starts a bargain that a friend helps from its shared link, then buys it at the lower price', async () => {
    const activity = await apiPost<{ id: string }>(
      '/merchant/bargain-activities',
      { skuId: bargainSkuId, floorPriceFen: 5000, helpersNeeded: 3, timeLimitMinutes: 60, endsAt: new Date(Date.now() + 86_400_000).toISOString() },
      merchant,
    );
    await page.goto(`${server.baseUrl}/#/subpackages/marketing/bargain/index?activityId=${activity.id}`);
    await page.locator('#bargain-start').click({ timeout: 15_000 });
    await waitForText('#bargain-price', /^¥100\.00$/);
    await waitForText('#bargain-state', /还差 3 位/);
    const link = await text('#bargain-share-link');
    expect(link).toContain('/subpackages/marketing/bargain/index?id=');

    // A friend opens the link on their own phone (another guest) and helps.
    const friend = await openPhone();
    try {
      await friend.page.goto(link.replace(/^https?:\/\/[^/]+/, server.baseUrl));
      await friend.page.locator('#bargain-help').click({ timeout: 20_000 });
      await friend.page.waitForFunction(() => /^你帮TA砍掉了 ¥\d+\.\d{2}$/.test(document.querySelector('#bargain-helped')?.textContent?.trim() ?? ''), null, { timeout: 15_000 });
      await friend.page.screenshot({ path: path.join(resultsDir, 'marketing-bargain-help.png'), animations: 'disabled' });
      copyFileSync(path.join(resultsDir, 'marketing-bargain-help.png'), path.join(docsDir, 'marketing-bargain-help.png'));
    } finally {
      await friend.close();
    }

    await page.reload();
    await page.locator('.bargain-helper').first().waitFor({ timeout: 15_000 });
    const current = fen(await text('#bargain-price'));
    expect(current).toBeLessThan(10000);
    expect(current).toBeGreaterThanOrEqual(5000);
    await snap('marketing-bargain.png', '#bargain-progress');
    await page.locator('#bargain-buy').click();
    await page.locator('#pay-dev-sheet').waitFor({ timeout: 15_000 });
    expect(fen(await text('#pay-dev-amount'))).toBeGreaterThanOrEqual(current);
    await page.locator('#pay-dev-confirm').click();
    await waitForText('#order-status', /^待发货$/);
    // Bought at the bargained price.
    expect(fen(await text('.line-row__price'))).toBe(current);
  });
});

import type { Page } from 'playwright-core';
import { launch } from './harness';
import { postJson, snapTo, svgPicture, textOn, waitForTextOn } from './page-helpers';
import type { StartedServer } from './server';

// Members in the H5 build against the real server: a guest opens the Me tab (level card, points, inbox
// badge), checks in on the points page and sees the points go up and today marked on the calendar, finds
// the check-in in the points history, favourites a goods and finds it in 我的收藏, and opens the inbox.
jest.setTimeout(180_000);

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
let goodsId: string;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
  const merchant = (await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' })).accessToken;
  goodsId = (
    await apiPost<{ id: string }>(
      '/merchant/goods',
      { title: 'e2e 收藏 武夷岩茶', images: [picture('#f2e0c9')], skus: [{ specValues: [], priceFen: 8800, stock: 30 }] },
      merchant,
    )
  ).id;
});

afterAll(async () => {
  await stop?.();
});

const picture = svgPicture;
const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(server.baseUrl, route, body, token);
const snap = (name: string, selector: string) => snapTo(page, name, selector);
const waitForText = (selector: string, pattern: RegExp, timeout?: number) => waitForTextOn(page, selector, pattern, timeout);
const text = (selector: string) => textOn(page, selector);
/** Today's day of the month in China (UTC+8), as the server counts check-ins. */
const chinaDay = () => Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(8, 10));

describe('members', () => {
  it('shows the level card and points on the Me tab, checks in and sees the points go up and today marked', async () => {
    await page.goto(`${server.baseUrl}/#/pages/me/index`);
    await page.locator('#me-level-name').waitFor({ timeout: 20_000 });
    await waitForText('#me-points-balance', /^\d+$/);
    const before = Number(await text('#me-points-balance'));
    await waitForText('#me-level-growth', /^成长值 \d+/);
    await snap('member-me.png', '#me-level');

    await page.locator('#me-checkin').click();
    await waitForText('#checkin-button', /^签到 \+\d+$/);
    const day = `#checkin-day-${chinaDay()}`;
    expect(await page.locator(day).getAttribute('class')).not.toContain('checkin-cal__cell--checked');
    await page.locator('#checkin-button').click();
    await waitForText('#checkin-result', /^签到成功，获得 \d+ 积分/);
    const earned = Number((await text('#checkin-result')).match(/获得 (\d+) 积分/)![1]);
    expect(earned).toBeGreaterThan(0);
    await waitForText('#points-balance', new RegExp(`^${before + earned}$`));
    await waitForText('#checkin-button', /^今日已签到$/);
    expect(await page.locator(day).getAttribute('class')).toContain('checkin-cal__cell--checked');
    // The history lists the check-in with its points.
    await page.locator('.points-line', { hasText: '每日签到' }).first().waitFor({ timeout: 15_000 });
    expect(await text('.points-line:has-text("每日签到") .points-line__delta')).toBe(`+${earned}`);
    await snap('member-points.png', '#checkin-result');

    // Back on the Me tab the balance is the new one.
    await page.goto(`${server.baseUrl}/#/pages/me/index`);
    await waitForText('#me-points-balance', new RegExp(`^${before + earned}$`), 20_000);
  });

  it('favourites a goods and finds it in 我的收藏', async () => {
    await page.goto(`${server.baseUrl}/#/subpackages/mall/goods/index?id=${goodsId}`);
    await waitForText('#goods-favourite', /收藏/, 20_000);
    await waitForText('#goods-favourite', /^☆ 收藏$/);
    await page.locator('#goods-favourite').click();
    await waitForText('#goods-favourite', /^★ 已收藏$/);

    await page.goto(`${server.baseUrl}/#/pages/me/index`);
    await page.locator('.taro_page.taro_page_stationed:has(#me-favourites)').waitFor({ timeout: 20_000 });
    await page.locator('.taro_page.taro_page_stationed #me-favourites').click({ timeout: 20_000 });
    await page.locator(`#member-goods-${goodsId}`).waitFor({ timeout: 15_000 });
    expect(await text(`#member-goods-${goodsId} .member-row__title`)).toBe('e2e 收藏 武夷岩茶');
    await snap('member-favourites.png', `#member-goods-${goodsId}`);

    // Opened while logged in, the goods is in the browsing history too.
    await page.goto(`${server.baseUrl}/#/subpackages/member/history/index`);
    await page.locator(`#member-goods-${goodsId}`).waitFor({ timeout: 15_000 });
  });

  it('opens the inbox from the Me tab', async () => {
    // A fresh load of the tab (a hash change from a sub-package page leaves Taro's router mid-transition).
    await page.goto(`${server.baseUrl}/#/pages/me/index`);
    await page.reload();
    await waitForText('#me-level-growth', /^成长值 \d+/, 20_000);
    await page.locator('.taro_page.taro_page_stationed #me-inbox').click({ timeout: 20_000 });
    await waitForText('#inbox-unread', /未读/);
    await snap('member-inbox.png', '#inbox-unread');
  });
});

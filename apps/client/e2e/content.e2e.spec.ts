import type { Page } from 'playwright-core';
import { launch } from './harness';
import { postJson, snapTo, svgPicture, textOn, waitForTextOn } from './page-helpers';
import type { StartedServer } from './server';

// 种草 in the H5 build against the real server: from the mall tab's 种草 entry to the feed, open a fresh
// article (its view count goes up by the open), tap the goods it links, and find the article again under
// 相关内容 on that goods page.
jest.setTimeout(180_000);

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;
let goodsId: string;
let contentId: string;

const TITLE = 'e2e 种草 岩茶怎么泡';

beforeAll(async () => {
  ({ server, page, stop } = await launch());
  const merchant = (await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' })).accessToken;
  goodsId = (
    await apiPost<{ id: string }>(
      '/merchant/goods',
      { title: 'e2e 种草 大红袍', images: [svgPicture('#c9a27a')], skus: [{ specValues: [], priceFen: 12800, stock: 20 }] },
      merchant,
    )
  ).id;
  contentId = (
    await apiPost<{ id: string }>(
      '/merchant/contents',
      {
        kind: 'article',
        title: TITLE,
        summary: '三泡之后香气最足',
        body: '第一泡洗茶，水要沸。\n\n第二泡出汤要快，十秒即可。\n\n<b>不会变粗</b>：文字就是文字。',
        goodsIds: [goodsId],
      },
      merchant,
    )
  ).id;
  await apiPost(`/merchant/contents/${contentId}/publish`, {}, merchant);
});

afterAll(async () => {
  await stop?.();
});

const apiPost = <T>(route: string, body: unknown, token?: string) => postJson<T>(server.baseUrl, route, body, token);
const snap = (name: string, selector: string) => snapTo(page, name, selector);
const waitForText = (selector: string, pattern: RegExp, timeout?: number) => waitForTextOn(page, selector, pattern, timeout);
const text = (selector: string) => textOn(page, selector);
const onTop = (selector: string) => `.taro_page.taro_page_stationed ${selector}`;

describe('种草 content', () => {
  it('mall → feed → article (view counted) → linked goods → 相关内容 lists the article', async () => {
    await page.goto(`${server.baseUrl}/#/pages/mall/index`);
    await page.locator('#mall-entry-content').click({ timeout: 20_000 });

    const card = `#content-card-${contentId}`;
    await page.locator(card).waitFor({ timeout: 15_000 });
    // The newest published is first; the seeded demo content follows it.
    expect(await page.locator('[id^="content-card-views-"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.content-card').first().getAttribute('id')).toBe(`content-card-${contentId}`);
    await waitForText(`#content-card-views-${contentId}`, /^0 浏览$/);
    await snap('content-feed.png', card);

    await page.locator(card).click();
    await waitForText(onTop('#content-title'), new RegExp(`^${TITLE}$`));
    // This open is the first view.
    await waitForText(onTop('#content-views'), /^1$/);
    const paragraphs = await page.locator(onTop('.content-detail__para')).allTextContents();
    expect(paragraphs).toEqual(['第一泡洗茶，水要沸。', '第二泡出汤要快，十秒即可。', '<b>不会变粗</b>：文字就是文字。']);
    // The mall tab stays mounted with the same goods card in its waterfall: look inside the article.
    const linked = onTop(`#content-goods #goods-card-${goodsId}`);
    await page.locator(linked).waitFor({ timeout: 10_000 });
    await snap('content-detail.png', '#content-title');

    await page.locator(linked).click();
    await waitForText(onTop('#goods-title'), /^e2e 种草 大红袍$/, 20_000);
    const related = onTop(`#goods-content-${contentId}`);
    await page.locator(related).waitFor({ timeout: 15_000 });
    expect(await text(`${related} .goods-content__title`)).toBe(TITLE);
    expect(await text(`${related} .goods-content__views`)).toBe('1 浏览');
    await page.locator(related).scrollIntoViewIfNeeded();
    await snap('content-goods.png', `#goods-content-${contentId}`);

    // Back to the article from the goods page: a new open (the newest page, last in the DOM) by the same
    // viewer today, so still 1.
    const viewed = page.waitForResponse((r) => r.url().endsWith(`/contents/${contentId}/views`), { timeout: 15_000 });
    await page.locator(related).click();
    expect(await (await viewed).json()).toEqual({ viewCount: 1, counted: false });
    await page.waitForFunction(() => document.querySelectorAll('#content-views').length === 2, undefined, { timeout: 15_000 });
    expect((await page.locator('#content-views').last().textContent())?.trim()).toBe('1');
  });

  it('plays a seeded video in a sized player box, with its goods under it', async () => {
    // The demo's video (seed id …0502) links the strawberry and blueberry goods.
    await page.goto(`${server.baseUrl}/#/subpackages/content/detail/index?id=6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0502`);
    await page.reload();
    await page.locator(onTop('#content-video')).waitFor({ timeout: 20_000 });
    const box = await page.locator(onTop('.content-video')).boundingBox();
    const viewport = page.viewportSize()!;
    // Inside the page, not covering it: the goods below stay tappable.
    expect(box!.height).toBeLessThan(viewport.height / 2);
    await page.locator(onTop('#content-goods .goods-card')).first().waitFor({ timeout: 10_000 });
    expect(await page.locator(onTop('#content-goods .goods-card')).count()).toBe(2);
    await snap('content-video.png', '#content-video');
  });
});

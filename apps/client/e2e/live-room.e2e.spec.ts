import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, resultsDir } from './harness';
import type { StartedServer } from './server';

// The live room in the H5 build, in a real Chromium against the real server and its room socket: a
// guest opens the room from the Live tab, comments, and taps a goods card the merchant pushes.
jest.setTimeout(120_000);

// The seeded demo room (live) and one of its merchant's goods (apps/server's demo seed).
const DEMO_ROOM_ID = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const DEMO_GOODS_ID = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0201';

let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
});

afterAll(async () => {
  await stop?.();
});

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

/** See h5.e2e.spec.ts: wait for Taro's page slide-in before a screenshot. */
async function snap(name: string, selector: string): Promise<void> {
  await page.locator(`.taro_page.taro_page_stationed:has(${selector})`).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: path.join(resultsDir, name), animations: 'disabled' });
}

describe('live room', () => {
  it('opens from its card on the Live tab, with the online count and likes', async () => {
    await page.goto(`${server.baseUrl}/`);
    // The guest login on launch: the room socket is opened with its token.
    await page.locator('.room-card').first().waitFor({ timeout: 15_000 });
    await page.locator('.room-card', { hasText: '直播中' }).first().click();
    await page.locator('#live-online').waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`roomId=${DEMO_ROOM_ID}`);
    // The snapshot has arrived when the viewer counts themself.
    await page.waitForFunction(() => /^[1-9]\d* 人在看$/.test(document.querySelector('#live-online')?.textContent?.trim() ?? ''), null, {
      timeout: 15_000,
    });
    await expect(page.locator('#live-likes').textContent()).resolves.toMatch(/赞$/);
  });

  it('sends a comment and sees it in the danmaku', async () => {
    const text = `e2e 弹幕 ${Date.now() % 100_000}`;
    const input = page.locator('#live-comment-input input, input#live-comment-input').first();
    await input.waitFor({ timeout: 15_000 });
    await input.fill(text);
    await page.locator('#live-comment-send').click();
    await page.locator('#live-danmaku .danmaku__text', { hasText: text }).waitFor({ timeout: 15_000 });
    await expect(page.locator('#live-comment-error').count()).resolves.toBe(0);
    await snap('live-room-comment.png', '#live-danmaku');
  });

  it('shows an empty comment as an error in words, not a frame', async () => {
    const input = page.locator('#live-comment-input input, input#live-comment-input').first();
    await input.fill('   ');
    await page.locator('#live-comment-send').click();
    await expect(page.locator('#live-comment-error').textContent()).resolves.toBe('弹幕需为 1 到 100 个字');
  });

  it('shows a goods card the merchant pushes, and the card opens the goods page', async () => {
    const { accessToken } = await apiPost<{ accessToken: string }>('/auth/demo', { account: 'merchant' });
    await apiPost(`/merchant/rooms/${DEMO_ROOM_ID}/pushes`, { goodsId: DEMO_GOODS_ID, pin: false }, accessToken);
    const card = page.locator(`#live-pushed-${DEMO_GOODS_ID}`);
    await card.waitFor({ timeout: 15_000 });
    await expect(card.textContent()).resolves.toContain('¥39.90');
    await snap('live-room-push.png', `#live-pushed-${DEMO_GOODS_ID}`);
    await card.click();
    await page.locator('#goods-title').waitFor({ timeout: 15_000 });
    expect(page.url()).toContain(`subpackages/mall/goods/index?id=${DEMO_GOODS_ID}`);
    await expect(page.locator('#goods-title').textContent()).resolves.toContain('赣南脐橙');
  });
});

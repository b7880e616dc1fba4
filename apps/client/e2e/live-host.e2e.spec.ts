import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPhone, resultsDir, type Phone } from './harness';
import type { StartedServer } from './server';

// The rest of the live room, two phones against the real server: the demo merchant creates a room in
// the host console and goes live; a guest viewer opens it, sends a gift and sees the banner; the
// merchant runs a keyword lottery, the viewer comments the keyword, wins, and verifies the draw on the
// phone; the merchant moderates a comment and ends the room.
jest.setTimeout(180_000);

let server: StartedServer;
let viewer: Page;
let merchant: Phone | undefined;
let stop: (() => Promise<void>) | undefined;
let merchantToken = '';
const title = `e2e 直播间 ${Date.now() % 100_000}`;

beforeAll(async () => {
  ({ server, page: viewer, stop } = await launch());
  merchant = await openPhone();
  // The H5 app has no merchant login: the demo merchant's tokens go where the session store keeps them.
  const response = await fetch(`${server.baseUrl}/auth/demo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ account: 'merchant' }),
  });
  if (!response.ok) throw new Error(`POST /auth/demo: HTTP ${response.status} ${await response.text()}`);
  const tokens = (await response.json()) as { accessToken: string; refreshToken: string; user: unknown };
  merchantToken = tokens.accessToken;
  const session = JSON.stringify({ state: { user: tokens.user, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }, version: 0 });
  await merchant.page.addInitScript((value: string) => {
    // Taro's H5 storage wraps each value as {"data": …}.
    if (!localStorage.getItem('livemall.session')) localStorage.setItem('livemall.session', JSON.stringify({ data: value }));
  }, session);
});

afterAll(async () => {
  await merchant?.close();
  await stop?.();
});

const host = () => merchant!.page;
const input = (page: Page, id: string) => page.locator(`#${id} input, input#${id}`).first();

/** See h5.e2e.spec.ts: wait for Taro's page slide-in before a screenshot. */
async function snap(page: Page, name: string, selector: string): Promise<void> {
  await page.locator(`.taro_page.taro_page_stationed:has(${selector})`).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: path.join(resultsDir, name), animations: 'disabled' });
}

async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
    [selector, pattern.source] as const,
    { timeout: 15_000 },
  );
}

describe('host console and the live room', () => {
  it('the merchant creates a room from the Live tab and goes live', async () => {
    await host().goto(`${server.baseUrl}/#/pages/live/index`);
    await host().locator('#live-host-entry').click({ timeout: 15_000 });
    await host().locator('#host-create').click({ timeout: 15_000 });
    await input(host(), 'host-room-title').fill(title);
    await input(host(), 'host-room-anchor').fill('林掌柜');
    await host().locator('#host-room-submit').click();
    await waitForText(host(), '#host-status', /^预告$/);
    // The push URL is the merchant's alone; on H5 the console says to use an encoder.
    await expect(host().locator('#host-pusher').textContent()).resolves.toMatch(/OBS|未配置推流服务/);
    await host().locator('#host-start').click();
    await waitForText(host(), '#host-status', /^直播中$/);
    await waitForText(host(), '#host-message', /已开播/);
  });

  it('a viewer opens the room and sends a gift; the room shows the banner', async () => {
    await viewer.goto(`${server.baseUrl}/`);
    await viewer.locator('.room-card', { hasText: title }).click({ timeout: 15_000 });
    await waitForText(viewer, '#live-online', /^[1-9]\d* 人在看$/);
    // Viewers never receive a push URL.
    await expect(viewer.locator('#host-push-url').count()).resolves.toBe(0);

    await viewer.locator('#live-gift-open').click();
    await viewer.locator('#gift-panel').waitFor();
    // A guest's wallet is empty: the rocket (wallet only) is refused in words.
    await viewer.locator('#gift-item-rocket').click();
    await viewer.locator('#gift-send').click();
    await waitForText(viewer, '#gift-error', /钱包余额不足/);

    // The welcome points pay for a heart.
    await viewer.locator('#gift-item-heart').click();
    await viewer.locator('#gift-pay-points').click();
    await viewer.locator('#gift-send').click();
    await viewer.locator('.gift-banner', { hasText: '送出 比心' }).waitFor({ timeout: 15_000 });
    await expect(viewer.locator('#gift-error').count()).resolves.toBe(0);
    await snap(viewer, 'live-gift.png', '#live-gift-banners');
    await viewer.locator('#gift-panel-close').click();
  });

  it('the merchant pushes a coupon card into the room; the viewer claims it in one tap', async () => {
    const roomId = new URL(viewer.url().replace('/#/', '/')).searchParams.get('roomId');
    expect(roomId).toMatch(/^[0-9a-f-]{36}$/);
    const post = async (route: string, body: unknown) => {
      const res = await fetch(`${server.baseUrl}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${merchantToken}` },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`POST ${route}: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    const template = await post('/merchant/coupon-templates', {
      name: '直播间专享券',
      rule: { kind: 'amount_off', thresholdFen: 5_000, amountFen: 800 },
      validity: { kind: 'relative', validDays: 7 },
      totalQuantity: 50,
      showInCentre: false,
    });
    await post(`/merchant/rooms/${roomId}/coupon-pushes`, { templateId: template.id });
    await waitForText(viewer, '#live-coupon-card', /满¥50\.00减¥8\.00/);
    await waitForText(viewer, '#live-coupon-card', /剩余 50 张/);
    await viewer.locator('#live-coupon-card .room-coupon__claim').click();
    await waitForText(viewer, '#live-coupon-card', /已领取/);
    await snap(viewer, 'live-coupon-card.png', '#live-coupon-card');
    await viewer.locator('#live-coupon-card .room-coupon__close').click();
  });

  it('the merchant runs a keyword lottery; the viewer takes part, wins and verifies the draw', async () => {
    await input(host(), 'host-lottery-prize').fill('赣南脐橙一箱');
    await input(host(), 'host-lottery-keyword').fill('想要');
    await host().locator('#host-lottery-start').click();
    await host().locator('#host-lottery-draw').waitFor({ timeout: 15_000 });

    await waitForText(viewer, '#lottery-how', /发送弹幕「想要」参与/);
    await viewer.locator('#lottery-join').click();
    await viewer.locator('#live-danmaku .danmaku__text', { hasText: '想要' }).waitFor({ timeout: 15_000 });
    // The console shows the room's comments: the entry has reached the server.
    await host().locator('#host-comments .host-comment', { hasText: '想要' }).waitFor({ timeout: 15_000 });
    // The console's top: state, push URL, the H5 pusher note, goods (the comments are further down).
    await host().locator('#host-status').scrollIntoViewIfNeeded();
    await snap(host(), 'live-host-console.png', '#host-comments');

    await host().locator('#host-lottery-draw').click();
    await waitForText(host(), '#host-lottery-winners', /中奖：/);
    await waitForText(viewer, '#lottery-you', /^你中奖了$/);
    await viewer.locator('#lottery-verify').click();
    await waitForText(viewer, '#lottery-check', /^已验证/);
    await snap(viewer, 'live-lottery.png', '#live-lottery');
  });

  it('the merchant deletes a comment and mutes its author; the viewer is told in words', async () => {
    const text = `e2e 待删除 ${Date.now() % 100_000}`;
    await input(viewer, 'live-comment-input').fill(text);
    await viewer.locator('#live-comment-send').click();
    await viewer.locator('#live-danmaku .danmaku__text', { hasText: text }).waitFor({ timeout: 15_000 });

    const row = host().locator('#host-comments .host-comment', { hasText: text });
    await row.locator('.host-comment__delete').click({ timeout: 15_000 });
    // Either answer mentions 弹幕 (deleted, or no longer there); the message before it did not.
    await waitForText(host(), '#host-message', /弹幕/);
    await expect(host().locator('#host-message').textContent()).resolves.toBe('已删除弹幕');
    await viewer.locator('#live-danmaku .danmaku__text', { hasText: text }).waitFor({ state: 'detached', timeout: 15_000 });

    await host().locator('#host-comments .host-comment', { hasText: '想要' }).locator('.host-comment__mute').click();
    await waitForText(host(), '#host-message', /已禁言 10 分钟/);
    await input(viewer, 'live-comment-input').fill('还能说话吗');
    await viewer.locator('#live-comment-send').click();
    await waitForText(viewer, '#live-comment-error, #live-comment-blocked', /禁言/);
  });

  it('the merchant ends the room; the viewer sees it ended', async () => {
    await host().locator('#host-end').click();
    await waitForText(host(), '#host-status', /^已结束$/);
    await viewer.locator('#live-ended').waitFor({ timeout: 15_000 });
  });
});

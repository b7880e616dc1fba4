import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchConsole, shotsDir, signInAsDemoOwner, type ConsoleHarness } from './console-harness';

// The console's live rooms against the real server and room socket, with a viewer on a phone (the H5
// app): the owner creates a room and goes live, a viewer's comment reaches the control panel, deleting it
// there takes it off the viewer's screen, a goods card pushed from the panel reaches the viewer.
jest.setTimeout(240_000);

// One of the demo merchant's goods (apps/server's demo seed).
const DEMO_GOODS_ID = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0201';

let h: ConsoleHarness;
let desk: Page;
let viewer: Page;
const title = `控制台 e2e ${Date.now() % 100_000}`;
let roomId = '';

beforeAll(async () => {
  h = await launchConsole();
  desk = h.desk;
  await signInAsDemoOwner(desk, h.server.baseUrl);
});

afterAll(async () => {
  await h?.stop();
});

const countOf = async (page: Page, selector: string) => Number(await page.locator(selector).getAttribute('data-count'));

describe('console live rooms', () => {
  it('creates a room with words for what is missing, then goes live after a confirm', async () => {
    await desk.locator('#menu-rooms').click();
    await desk.locator('#rooms-table').waitFor();
    await desk.locator('#rooms-create').click();
    await desk.locator('#room-form-submit').click();
    await desk.getByText('请输入直播标题').waitFor();
    await desk.fill('#room-title', title);
    await desk.fill('#room-anchor', '橙子姐');
    await desk.locator('#room-form-submit').click();

    const row = desk.locator('tr[id^="room-row-"]', { hasText: title });
    await row.waitFor({ timeout: 15_000 });
    roomId = (await row.getAttribute('id'))!.replace('room-row-', '');
    await expect(desk.locator(`#room-status-${roomId}`).textContent()).resolves.toBe('未开播');

    await desk.locator(`#room-start-${roomId}`).click();
    await desk.locator('#room-start-confirm').click();
    await desk.locator(`#room-status-${roomId}`, { hasText: '直播中' }).waitFor({ timeout: 15_000 });

    await desk.screenshot({ path: path.join(shotsDir, 'console-rooms.png') });

    // The stream addresses (the demo server has no stream provider: the drawer says so in words).
    await desk.locator(`#room-detail-${roomId}`).click();
    await desk.locator('#room-push-url', { hasText: '未配置直播云服务' }).waitFor();
    await desk.locator('#room-pull-flv').waitFor();
    await desk.keyboard.press('Escape');
  });

  it("shows a viewer's comment live; deleting it takes it off the viewer's screen", async () => {
    await desk.locator(`#room-panel-${roomId}`).click();
    await desk.locator('#panel-socket', { hasText: '实时连接正常' }).waitFor({ timeout: 15_000 });

    viewer = (await h.phone()).page;
    await viewer.goto(`${h.server.baseUrl}/`);
    await viewer.locator('.room-card', { hasText: title }).click({ timeout: 20_000 });
    await viewer.locator('#live-online').waitFor({ timeout: 15_000 });
    // The panel and the viewer are both in the room (counts refresh every few seconds).
    await desk.waitForFunction(() => Number(document.querySelector('#panel-online')?.getAttribute('data-count')) >= 2, null, { timeout: 20_000 });

    const text = `想要脐橙 ${Date.now() % 10_000}`;
    const input = viewer.locator('#live-comment-input input, input#live-comment-input').first();
    await input.waitFor({ timeout: 15_000 });
    await input.fill(text);
    await viewer.locator('#live-comment-send').click();
    const onViewer = viewer.locator('#live-danmaku .danmaku__text', { hasText: text });
    await onViewer.waitFor({ timeout: 15_000 });

    const inPanel = desk.locator('.live-comment', { hasText: text });
    await inPanel.waitFor({ timeout: 15_000 });
    const commentId = (await inPanel.getAttribute('id'))!.replace('comment-', '');
    await desk.screenshot({ path: path.join(shotsDir, 'console-live-panel.png') });

    await desk.locator(`#comment-delete-${commentId}`).click();
    await desk.locator(`#comment-delete-ok-${commentId}`).click();
    await inPanel.waitFor({ state: 'detached', timeout: 15_000 });
    await onViewer.waitFor({ state: 'detached', timeout: 15_000 });
  });

  it("counts the viewer's likes live", async () => {
    const before = await countOf(desk, '#panel-likes');
    await viewer.locator('#live-like').click();
    await desk.waitForFunction((n) => Number(document.querySelector('#panel-likes')?.getAttribute('data-count')) > n, before, { timeout: 15_000 });
  });

  it('pushes a goods card from the panel; the viewer sees it', async () => {
    const goodsAnswers: string[] = [];
    desk.on('response', (r) => {
      if (r.url().includes('/merchant/goods')) goodsAnswers.push(`${r.status()} ${r.url()}`);
    });
    await desk.locator('#push-goods').click();
    // The shop has more goods than the list shows at once: search by name.
    await desk.locator('#push-goods').fill('赣南脐橙');
    const option = desk.locator('.ant-select-item-option', { hasText: '赣南脐橙' }).first();
    try {
      await option.waitFor({ timeout: 10_000 });
    } catch (error) {
      await desk.screenshot({ path: '/tmp/c-rooms-push-debug.png' });
      console.log('goods answers', goodsAnswers, 'dropdown', await desk.locator('.ant-select-dropdown').allTextContents(), 'select', await desk.locator('#push-goods').evaluate((e) => e.outerHTML));
      throw error;
    }
    await option.click();
    await desk.locator('#push-now').click();
    await desk.locator('#push-notice', { hasText: '已推送' }).waitFor({ timeout: 15_000 });
    await viewer.locator(`#live-pushed-${DEMO_GOODS_ID}`).waitFor({ timeout: 15_000 });
    await desk.locator('#push-pinned', { hasText: '赣南脐橙' }).waitFor({ timeout: 15_000 });
  });

  it('ends the room after a confirm', async () => {
    await desk.locator('#panel-end').click();
    await desk.locator('#room-end-confirm').click();
    await desk.locator('#panel-status', { hasText: '已结束' }).waitFor({ timeout: 15_000 });
    await desk.locator('#panel-back').click();
    await desk.locator(`#room-status-${roomId}`, { hasText: '已结束' }).waitFor({ timeout: 15_000 });
  });
});

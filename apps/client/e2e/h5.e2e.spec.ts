import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { commit } from '@livemall/split';
import vectors from '../../../packages/split/test/vectors.json';
import { launch, resultsDir } from './harness';
import type { StartedServer } from './server';

// The H5 build in a real Chromium against the real server: guest login on launch, then the three tabs.
jest.setTimeout(120_000);


let server: StartedServer;
let page: Page;
let stop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ server, page, stop } = await launch());
});

afterAll(async () => {
  await stop?.();
});

async function openTab(label: string): Promise<void> {
  await page.locator('.weui-tabbar__item', { hasText: label }).click();
}

describe('H5 app', () => {
  it('logs in as a guest on launch and shows the guest on the Me tab', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.weui-tabbar__item').first().waitFor();

    await openTab('我的');
    const nickname = page.locator('#me-nickname');
    await nickname.waitFor({ timeout: 15_000 });
    const name = (await nickname.textContent())?.trim();
    expect(name).toBeTruthy();
    await expect(page.getByText('游客', { exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(resultsDir, 'me-tab.png') });

    // The same browser is the same guest after a reload.
    const shortId = await page.locator('.user-card__id').textContent();
    await page.reload();
    await openTab('我的');
    await nickname.waitFor();
    await expect(page.locator('.user-card__id').textContent()).resolves.toBe(shortId);
    await expect(nickname.textContent()).resolves.toBe(name);
  });

  it('shows the Live tab', async () => {
    await openTab('直播');
    await page.locator('.room-card, .status-view').first().waitFor();
    await expect(page.locator('.status-view--error').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(resultsDir, 'live-tab.png') });
  });

  it('shows the Mall tab with prices in yuan', async () => {
    await openTab('商城');
    await page.locator('.goods-card, .status-view').first().waitFor();
    await expect(page.locator('.status-view--error').count()).resolves.toBe(0);
    const prices = await page.locator('.goods-card__price').allTextContents();
    for (const price of prices) expect(price).toMatch(/^¥\d+\.\d{2}$/);
    await page.screenshot({ path: path.join(resultsDir, 'mall-tab.png') });
  });

  it('recomputes red-packet shares in the browser bundle exactly as the server build does', async () => {
    for (const v of vectors.cases) {
      const options = v.options as { min?: number; max?: number };
      const query = new URLSearchParams({
        seed: v.seed,
        commitment: commit(v.seed),
        total: String(v.total),
        count: String(v.count),
        algorithm: v.algorithm,
        shares: v.shares.join(','),
        ...(options.min ? { min: String(options.min) } : {}),
        ...(options.max ? { max: String(options.max) } : {}),
      });
      await page.goto(`${server.baseUrl}/#/subpackages/redPacket/verify/index?${query.toString()}`);
      const verdict = page.locator('#verify-verdict');
      await verdict.waitFor({ timeout: 15_000 });
      await expect(verdict.textContent()).resolves.toContain('验证通过');
      await expect(page.locator('#verify-shares').getAttribute('data-shares')).resolves.toBe(v.shares.join(','));
    }
    await page.screenshot({ path: path.join(resultsDir, 'verify-page.png') });
  });
});

// The seeded demo merchant and its room (apps/server's demo seed).
const DEMO_MERCHANT_ID = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const DEMO_ROOM_ID = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';

/** Calls the API from node, as the merchant tools would; fails loudly with the server's error body. */
async function apiPost<T>(path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const demoToken = async (account: 'admin' | 'merchant') =>
  (await apiPost<{ accessToken: string }>('/auth/demo', { account })).accessToken;

/** Waits until an element's text is exactly `expected`; polls because lists reload after a tab switch. */
async function waitForText(selector: string, expected: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([sel, text]) => document.querySelector(sel)?.textContent?.trim() === text,
    [selector, expected] as const,
    { timeout },
  );
}

/**
 * Taro H5 slides a page in for 300 ms (it gets `taro_page_stationed` when done): a screenshot taken
 * before that shows a blank or half-covered screen although the assertions already passed. The page
 * holding `selector` must be in place; finite CSS animations (the amount popping in) are fast-forwarded.
 */
async function snap(name: string, selector: string): Promise<void> {
  await page.locator(`.taro_page.taro_page_stationed:has(${selector})`).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: path.join(resultsDir, name), animations: 'disabled' });
}

describe('red packet', () => {
  let merchantToken: string;
  let packetId: string;
  let amount: string;
  const packetUrl = () => `${server.baseUrl}/#/pages/redPacket/redPacket?redPacketId=${packetId}`;

  beforeAll(async () => {
    const adminToken = await demoToken('admin');
    await apiPost('/admin/merchant-top-ups', { requestId: randomUUID(), merchantId: DEMO_MERCHANT_ID, amount: 100_000 }, adminToken);
    merchantToken = await demoToken('merchant');
    const packet = await apiPost<{ id: string }>(
      '/merchant/red-packets',
      {
        requestId: randomUUID(),
        roomId: DEMO_ROOM_ID,
        type: 'lucky',
        totalAmount: 1000,
        totalCount: 5,
        validUntil: new Date(Date.now() + 10 * 60_000).toISOString(),
      },
      merchantToken,
    );
    packetId = packet.id;
  });

  it('opens a packet from its route and shows the amount grabbed', async () => {
    await page.goto(packetUrl());
    await page.reload();
    const open = page.locator('#red-packet-open');
    await open.waitFor({ timeout: 15_000 });
    await snap('red-packet-closed.png', '#red-packet-open');
    await open.click();
    const shown = page.locator('#red-packet-amount');
    await shown.waitFor({ timeout: 15_000 });
    amount = (await shown.textContent())?.trim() ?? '';
    expect(amount).toMatch(/^¥\d+\.\d{2}$/);
    await expect(page.locator('#red-packet-open').count()).resolves.toBe(0);
    // The grab list reloads after the grab and shows it.
    await page.locator('.grab-list__row').first().waitFor();
    await expect(page.locator('.grab-list__amount').first().textContent()).resolves.toBe(amount);
    await snap('red-packet.png', '#red-packet-amount');
  });

  it('shows the same amount, and no button, when the packet is opened again', async () => {
    await page.reload();
    await waitForText('#red-packet-amount', amount);
    await expect(page.locator('#red-packet-open').count()).resolves.toBe(0);
  });

  it('puts the amount in the wallet on the Me tab', async () => {
    await page.goto(`${server.baseUrl}/#/pages/me/index`);
    await waitForText('#wallet-balance', amount);
    await expect(page.locator('.wallet-card__entry').first().textContent()).resolves.toContain('抢红包');
    await expect(page.locator('.wallet-card__delta').first().textContent()).resolves.toBe(`+${amount}`);
    await snap('wallet.png', '#wallet-balance');
  });

  it('verifies the split once the merchant ends the packet', async () => {
    await apiPost(`/merchant/red-packets/${packetId}/end`, undefined, merchantToken);
    await page.goto(packetUrl());
    await page.reload();
    await waitForText('#red-packet-amount', amount);
    const verifyLink = page.locator('#red-packet-verify');
    await verifyLink.waitFor({ timeout: 15_000 });
    await expect(page.locator('.grab-list__luckiest').count()).resolves.toBe(1);
    await snap('red-packet-over.png', '#red-packet-verify');
    await verifyLink.click();
    const verdict = page.locator('#verify-verdict');
    await verdict.waitFor({ timeout: 15_000 });
    await expect(verdict.textContent()).resolves.toContain('验证通过');
    await snap('red-packet-verify.png', '#verify-verdict');
  });
});

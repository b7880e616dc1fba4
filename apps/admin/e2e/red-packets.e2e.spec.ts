import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { formatFen, parseYuan } from '@livemall/shared';
import { launchConsole, logIn, shotsDir, type ConsoleHarness } from './console-harness';
import { svgPicture } from '../../client/e2e/pictures';

const DEMO_MERCHANT = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';

jest.setTimeout(240_000);

/**
 * The headline: the owner logs in with the console password, creates a room and goes live, sends a
 * packet from the room's control panel, a viewer grabs it on a phone, the grab shows up in the console's
 * live view, 提前结束 refunds exactly the rest, and the list proves it fair. (Shipping an order from the
 * console is goods-orders.e2e.spec.ts.)
 */
describe('red packets in the merchant console', () => {
  let h: ConsoleHarness;
  let base: string;
  beforeAll(async () => {
    h = await launchConsole();
    base = h.server.baseUrl;
  });
  afterAll(() => h?.stop());

  const api = async (method: string, route: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}${route}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, any>;
  };

  it('logs in, creates a room, sends from its control panel, sees a phone grab live, ends early with the exact refund, and verifies the split', async () => {
    const admin = (await api('POST', '/auth/demo', undefined, { account: 'admin' })).accessToken as string;
    await api('POST', '/admin/merchant-top-ups', admin, { requestId: randomUUID(), merchantId: DEMO_MERCHANT, amount: 100_000 });
    const desk = h.desk;
    await logIn(desk, base);
    const owner = (await api('POST', '/auth/staff/login', undefined, { login: 'demo', password: 'demo1234' })).accessToken as string;
    const balance = async () => (await api('GET', '/merchant/wallet?limit=1', owner)).balance as number;

    // A room of its own, live, and its control panel.
    const title = `红包 e2e ${Date.now() % 100_000}`;
    await desk.locator('#menu-rooms').click();
    await desk.locator('#rooms-create').click();
    await desk.fill('#room-title', title);
    await desk.fill('#room-anchor', '林掌柜');
    await desk.locator('#room-form-submit').click();
    const room = desk.locator('tr[id^="room-row-"]', { hasText: title });
    await room.waitFor({ timeout: 15_000 });
    const roomId = (await room.getAttribute('id'))!.replace('room-row-', '');
    await desk.locator(`#room-start-${roomId}`).click();
    await desk.locator('#room-start-confirm').click();
    await desk.locator(`#room-status-${roomId}`, { hasText: '直播中' }).waitFor({ timeout: 15_000 });
    await desk.locator(`#room-panel-${roomId}`).click();
    await desk.locator('#rp-amount').waitFor({ timeout: 15_000 });

    const start = await balance();
    await desk.waitForFunction((text) => document.getElementById('rp-balance')?.textContent === text, formatFen(start), { timeout: 15_000 });
    await desk.fill('#rp-anchor-name', '林掌柜');
    await desk.fill('#rp-anchor-avatar', svgPicture('#e8b98a', 64, 64));
    await desk.fill('#rp-slogan', '直播间专属红包');
    await desk.fill('#rp-minutes', '30');
    await desk.fill('#rp-amount', '12.5');
    await desk.fill('#rp-count', '5');
    await desk.click('#rp-send');
    const live = desk.locator('#rp-live');
    await live.waitFor({ timeout: 15_000 });
    const packetId = (await live.getAttribute('data-packet-id'))!;
    expect(start - (await balance())).toBe(1_250);
    const sent = await api('GET', `/red-packets/${packetId}`);
    expect(sent.roomId).toBe(roomId);
    expect(sent).toMatchObject({ totalAmount: 1_250, totalCount: 5, type: 'lucky', anchorName: '林掌柜', slogan: '直播间专属红包', status: 'active' });

    // A viewer on a phone grabs it in the H5 app.
    const phone = await h.phone();
    await phone.page.goto(`${base}/#/pages/redPacket/redPacket?redPacketId=${packetId}`);
    await phone.page.reload();
    await phone.page.locator('#red-packet-open').click({ timeout: 20_000 });
    const shown = phone.page.locator('#red-packet-amount');
    await shown.waitFor({ timeout: 15_000 });
    const grabbedText = (await shown.textContent())?.trim() ?? '';
    expect(grabbedText).toMatch(/^¥\d+\.\d{2}$/);
    const grabbed = parseYuan(grabbedText.slice(1));

    // The console's live view picks it up by polling, with the same amount.
    const row = desk.locator('.rp-grab').first();
    await row.waitFor({ timeout: 15_000 });
    expect(Number(await row.getAttribute('data-amount'))).toBe(grabbed);
    await desk.waitForFunction((text) => document.getElementById('rp-live-remaining-amount')?.textContent === text, formatFen(1_250 - grabbed), { timeout: 10_000 });
    expect(await desk.textContent('#rp-live-remaining-count')).toBe('4');
    await desk.screenshot({ path: path.join(shotsDir, 'console-red-packet-send.png') });

    // 提前结束: exactly the rest comes back, once.
    const beforeEnd = await balance();
    await desk.click('#rp-end');
    await desk.click('#rp-end-confirm');
    await desk.locator('#rp-live-refunded').waitFor({ timeout: 15_000 });
    expect(await desk.textContent('#rp-live-refunded')).toContain(formatFen(1_250 - grabbed));
    expect((await balance()) - beforeEnd).toBe(1_250 - grabbed);
    expect(await api('GET', `/red-packets/${packetId}`)).toMatchObject({ status: 'expired', remainingAmount: 1_250 - grabbed, remainingCount: 4 });
    await desk.waitForFunction(() => document.querySelector('#rp-live .rp-luckiest')?.textContent === '手气最佳', undefined, { timeout: 10_000 });
    // Nobody grabs after the end.
    const guest = (await api('POST', '/auth/guest', undefined, { deviceId: randomUUID() })).accessToken as string;
    await expect(api('POST', `/red-packets/${packetId}/grab`, guest)).rejects.toThrow(/RED_PACKET_EXPIRED/);
    expect((await api('GET', `/red-packets/${packetId}/grabs`)).items).toHaveLength(1);

    // The list shows it with its refund, and the proof checks out in the browser.
    await desk.goto(`${base}/admin/red-packets`);
    const listed = desk.locator(`tr[data-packet-id="${packetId}"]`);
    await listed.waitFor({ timeout: 15_000 });
    expect(await listed.locator('.rp-row-refunded').textContent()).toBe(formatFen(1_250 - grabbed));
    expect(await listed.locator('.rp-row-grabs').textContent()).toBe(`1/5 个 · ${formatFen(grabbed)}`);
    // The table fades out of its loading state: shoot once it is done.
    await desk.locator('#rp-list .ant-spin-spinning').waitFor({ state: 'detached', timeout: 10_000 });
    await desk.screenshot({ path: path.join(shotsDir, 'console-red-packets.png'), animations: 'disabled' });
    await listed.locator('.rp-row-open').click();
    await desk.locator('#rp-proof-seed').waitFor({ timeout: 15_000 });
    await desk.click('#rp-verify');
    await desk.waitForFunction(() => document.getElementById('rp-verify-result')?.textContent === '已验证', undefined, { timeout: 10_000 });
    await desk.screenshot({ path: path.join(shotsDir, 'console-red-packets-proof.png') });
  });
});

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { postJson, waitForTextOn } from '../../client/e2e/page-helpers';
import { launchConsole, shotsDir, signInAsDemoOwner, type ConsoleHarness } from './console-harness';

// The console's promotions, inbox and content against the real server: the demo owner creates a coupon
// and watches a viewer's claim arrive in the live figures; answers a viewer who asked for a person; writes
// and publishes an article. The viewer side is the API, as a phone would call it.
jest.setTimeout(180_000);

let h: ConsoleHarness;
let desk: Page;
let owner: string;
let viewer: string;
const suffix = randomUUID().slice(0, 6);

const api = async <T>(method: 'GET' | 'POST', route: string, token?: string, body?: unknown): Promise<T> => {
  if (method === 'POST') return postJson<T>(h.server.baseUrl, route, body ?? {}, token);
  const res = await fetch(`${h.server.baseUrl}${route}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};
const shot = (name: string) => desk.screenshot({ path: path.join(shotsDir, name), animations: 'disabled' });
const open = async (menu: string, ready: string) => {
  await desk.click(`#menu-${menu}`);
  await desk.waitForSelector(ready, { timeout: 15_000 });
};

beforeAll(async () => {
  h = await launchConsole();
  desk = h.desk;
  // A screen that throws would otherwise only show as a missing element.
  desk.on('pageerror', (e) => console.error(`console page error: ${e.stack ?? e.message}`));
  owner = (await signInAsDemoOwner(desk, h.server.baseUrl)).accessToken;
  viewer = (await api<{ accessToken: string }>('POST', '/auth/guest', undefined, { deviceId: `e2e-console-${suffix}` })).accessToken;
});

afterAll(async () => {
  await h?.stop();
});

it('creates a coupon and sees a viewer’s claim in the live figures', async () => {
  await open('promotions', '#coupon-create');
  await desk.click('#coupon-create');
  const name = `满99.9减5 ${suffix}`;
  await desk.fill('#coupon-name', name);
  await desk.fill('#coupon-threshold', '99.9');
  await desk.fill('#coupon-amount', '5');
  await desk.fill('#coupon-quantity', '50');
  await desk.click('#coupon-submit');
  await desk.locator('#coupon-table').getByText(name).waitFor({ timeout: 15_000 });

  const { items } = await api<{ items: Array<{ id: string; name: string; rule: unknown; claimedCount: number }> }>('GET', '/merchant/coupon-templates', owner);
  const made = items.find((t) => t.name === name)!;
  expect(made.rule).toEqual({ kind: 'amount_off', thresholdFen: 9990, amountFen: 500 });
  await waitForTextOn(desk, `#coupon-claimed-${made.id}`, /^0$/);

  await api('POST', `/coupons/templates/${made.id}/claim`, viewer, { requestId: randomUUID() });
  // No reload: the tab polls its figures.
  await waitForTextOn(desk, `#coupon-claimed-${made.id}`, /^1$/, 15_000);
  await shot('console-promotions.png');
});

it('answers a viewer who asked for a person, and the viewer gets the answer', async () => {
  // The demo shop's id, from one of its seeded goods.
  const goods = await api<{ items: Array<{ merchantId: string }> }>('GET', '/merchant/goods?limit=1', owner);
  const merchantId = goods.items[0]!.merchantId;
  const asked = await api<{ conversationId: string; status: string }>('POST', `/support/${merchantId}/messages`, viewer, {
    clientMsgId: `e2e-${suffix}-ask`,
    text: '你好，转人工',
  });
  expect(asked.status).toBe('human');

  await open('support', '#support-conversations');
  const row = `#support-conv-${asked.conversationId}`;
  await desk.waitForSelector(row, { timeout: 15_000 });
  await desk.click(row);
  await waitForTextOn(desk, '#support-messages', /你好，转人工/);
  const answer = `您好，我是店长，马上为您处理 ${suffix}`;
  await desk.fill('#support-reply-input', answer);
  await desk.click('#support-reply-send');
  await waitForTextOn(desk, '#support-messages', new RegExp(answer));
  await shot('console-support.png');

  const seen = await api<{ messages: Array<{ sender: string; text: string }> }>('GET', `/support/${merchantId}/messages`, viewer);
  expect(seen.messages).toContainEqual(expect.objectContaining({ sender: 'agent', text: answer }));
});

it('writes an article and publishes it', async () => {
  await open('content', '#content-create');
  await desk.click('#content-create');
  const title = `秋天的第一个橙子 ${suffix}`;
  await desk.fill('#content-title', title);
  await desk.fill('#content-summary', '果园直发，现摘现发');
  await desk.fill('#content-cover', 'javascript:alert(1)');
  await desk.fill('#content-body', '今年的脐橙格外甜。\n现摘现发，三天到家。');
  await desk.click('#content-submit');
  await desk.getByText('封面网址须为 https:// 开头的完整网址（不接受 http:、javascript: 等）').waitFor();
  await desk.fill('#content-cover', '');
  await desk.click('#content-submit');
  await desk.locator('#content-table').getByText(title).waitFor({ timeout: 15_000 });

  const { items } = await api<{ items: Array<{ id: string; title: string; status: string }> }>('GET', '/merchant/contents?limit=50', owner);
  const made = items.find((c) => c.title === title)!;
  expect(made.status).toBe('draft');
  await desk.click(`#content-publish-${made.id}`);
  await waitForTextOn(desk, `#content-status-${made.id}`, /已发布/);
  const published = await api<{ title: string; body: string }>('GET', `/contents/${made.id}`);
  expect(published).toMatchObject({ title, body: '今年的脐橙格外甜。\n现摘现发，三天到家。' });
  await shot('console-content.png');
});

import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { resultsDir } from './harness';

/** Where screenshots are copied for the README and the docs. */
export const docsDir = path.resolve(__dirname, '..', '..', '..', 'docs', 'screenshots');

export { svgPicture } from './pictures';

/** POSTs JSON to the server under test; any non-2xx answer fails the test with its body. */
export async function postJson<T>(baseUrl: string, route: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${route}: HTTP ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Waits for Taro's page slide-in before the screenshot (see mall.e2e.spec.ts); a copy goes to docs/. */
export async function snapTo(page: Page, name: string, selector: string): Promise<void> {
  await page.locator(`.taro_page.taro_page_stationed:has(${selector})`).waitFor({ timeout: 5_000 });
  await page.screenshot({ path: path.join(resultsDir, name), animations: 'disabled' });
  mkdirSync(docsDir, { recursive: true });
  copyFileSync(path.join(resultsDir, name), path.join(docsDir, name));
}

export async function waitForTextOn(page: Page, selector: string, pattern: RegExp, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent?.trim() ?? ''),
    [selector, pattern.source] as const,
    { timeout },
  );
}

export const textOn = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim() ?? '';

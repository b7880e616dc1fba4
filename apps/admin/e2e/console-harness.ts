import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// The server starter and the phone (an H5 viewer) are the client e2e's; the console reuses them.
import { openPhone, type Phone } from '../../client/e2e/harness';
import { requireBuilt, startServer, type StartedServer } from '../../client/e2e/server';
import { servePictures } from '../../client/e2e/pictures';

const adminDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(adminDir, '..', '..');
const serverMain = path.join(repoRoot, 'apps', 'server', 'dist', 'main.js');
const h5Dir = path.join(repoRoot, 'apps', 'client', 'dist', 'h5');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots kept with the docs, so a reader sees what the console looks like. */
export const shotsDir = path.join(repoRoot, 'docs', 'screenshots');

export interface ConsoleHarness {
  server: StartedServer;
  /** A desktop-sized page for the merchant's console. */
  desk: Page;
  /** A phone with the H5 app, as a viewer (opened on demand, closed by `stop`). */
  phone(): Promise<Phone>;
  stop(): Promise<void>;
}

/** The built server (with the H5 app and the console), a desktop Chromium, and phones on demand. */
export async function launchConsole(): Promise<ConsoleHarness> {
  requireBuilt({
    'the server build': serverMain,
    'the console build (pnpm build:admin)': path.join(adminDir, 'dist', 'index.html'),
    'the H5 build': path.join(h5Dir, 'index.html'),
    Chromium: chromiumPath,
  });
  mkdirSync(shotsDir, { recursive: true });
  const server = await startServer(serverMain, h5Dir);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'livemall-console-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1366, height: 860 },
      locale: 'zh-CN',
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  await servePictures(context);
  const desk = context.pages()[0] ?? (await context.newPage());
  const phones: Phone[] = [];
  return {
    server,
    desk,
    phone: async () => {
      const p = await openPhone();
      phones.push(p);
      return p;
    },
    stop: async () => {
      for (const p of phones) await p.close();
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs the desk in through the console's login form. */
export async function logIn(desk: Page, baseUrl: string, login = 'demo', password = 'demo1234'): Promise<void> {
  await desk.goto(`${baseUrl}/admin/`);
  await desk.fill('#login-name', login);
  await desk.fill('#login-password', password);
  await desk.click('#login-submit');
  await desk.waitForSelector('#console-who', { timeout: 15_000 });
}

/**
 * Puts the demo owner's session straight into the console's storage (the demo login), for specs about a
 * screen rather than about logging in.
 */
export async function signInAsDemoOwner(desk: Page, baseUrl: string): Promise<{ accessToken: string }> {
  const res = await fetch(`${baseUrl}/auth/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: 'merchant' }) });
  const tokens = (await res.json()) as { accessToken: string; refreshToken: string; user: { id: string; nickname: string } };
  const staff = await (await fetch(`${baseUrl}/merchant/console/me`, { headers: { authorization: `Bearer ${tokens.accessToken}` } })).json();
  await desk.goto(`${baseUrl}/admin/`);
  await desk.evaluate((session) => localStorage.setItem('livemall.console.session', JSON.stringify(session)), { tokens, staff });
  await desk.goto(`${baseUrl}/admin/`);
  await desk.waitForSelector('#console-who', { timeout: 15_000 });
  return tokens;
}

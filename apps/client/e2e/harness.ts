import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireBuilt, startServer, type StartedServer } from './server';
import { servePictures } from './pictures';

const clientDir = path.resolve(__dirname, '..');
const repoRoot = path.resolve(clientDir, '..', '..');
const serverMain = path.join(repoRoot, 'apps', 'server', 'dist', 'main.js');
const h5Dir = path.join(clientDir, 'dist', 'h5');
export const resultsDir = path.join(clientDir, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  server: StartedServer;
  page: Page;
}

/**
 * The built server with the H5 build, and a phone-sized headless Chromium on it (Debian's package, fresh
 * profile), for one spec file. Call in `beforeAll`; the returned `stop` goes in `afterAll`.
 */
export async function launch(): Promise<Harness & { stop(): Promise<void> }> {
  requireBuilt({ 'the server build': serverMain, 'the H5 build': path.join(h5Dir, 'index.html'), Chromium: chromiumPath });
  mkdirSync(resultsDir, { recursive: true });
  const server = await startServer(serverMain, h5Dir);
  let phone: Phone;
  try {
    phone = await openPhone();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const { page } = phone;
  const stop = async () => {
    await phone.close();
    await server.stop();
    rmSync(server.dataDir, { recursive: true, force: true });
  };
  return { server, page, stop };
}

export interface Phone {
  page: Page;
  close(): Promise<void>;
}

/**
 * A phone-sized headless Chromium with a profile of its own, so two phones are two users (a merchant
 * and a viewer) with separate storage. `launch()` opens the first; a spec opens more with this.
 */
export async function openPhone(): Promise<Phone> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'livemall-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // A phone-sized page: the app is designed for 375-pt-wide screens.
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await servePictures(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

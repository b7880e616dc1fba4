import path from 'node:path';
import { launchConsole, logIn, shotsDir, type ConsoleHarness } from './console-harness';

jest.setTimeout(120_000);

let h: ConsoleHarness;
beforeAll(async () => {
  h = await launchConsole();
});
afterAll(() => h?.stop());

describe('console login', () => {
  it('refuses a wrong password in words, then logs the demo owner in and keeps the session over a reload', async () => {
    const { desk, server } = h;
    await desk.goto(`${server.baseUrl}/admin/`);
    await desk.fill('#login-name', 'demo');
    await desk.fill('#login-password', 'wrong-password');
    await desk.click('#login-submit');
    const error = desk.locator('#login-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.textContent()).toMatch(/账号或密码/);
    await desk.screenshot({ path: path.join(shotsDir, 'console-login.png') });

    await logIn(desk, server.baseUrl);
    expect(await desk.locator('#console-who').textContent()).toContain('店主');
    await desk.reload();
    await desk.waitForSelector('#console-who', { timeout: 15_000 });

    await desk.click('#console-logout');
    await desk.waitForSelector('#login-submit', { timeout: 15_000 });
  });
});

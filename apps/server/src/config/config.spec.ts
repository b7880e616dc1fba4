import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs with nothing set: embedded database, no Redis, guest login and demo data on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, redisUrl: undefined, guestLogin: true, seedDemo: true, wechat: undefined });
    expect(c.dataDir).toMatch(/\.data$/);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: 'not-a-url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://localhost' }, 'REDIS_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ WX_APPID: 'nope', WX_SECRET: 'x'.repeat(32) }, 'WX_APPID'],
    [{ WX_APPID: 'wx0123456789abcdef' }, 'WX_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
  ])('refuses %j with one line naming %s', (env, name) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });

  it('turns guest login and demo data off in production unless asked', () => {
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(prod)).toMatchObject({ guestLogin: false, seedDemo: false });
    expect(loadConfig({ ...prod, GUEST_LOGIN: 'true' }).guestLogin).toBe(true);
  });

  it('configures WeChat only with both the app id and the secret', () => {
    const c = loadConfig({ WX_APPID: 'wx0123456789abcdef', WX_SECRET: 's'.repeat(32), WX_API_BASE: 'http://127.0.0.1:9' });
    expect(c.wechat).toEqual({ appId: 'wx0123456789abcdef', secret: 's'.repeat(32), apiBase: 'http://127.0.0.1:9', timeoutMs: 5000 });
  });
});

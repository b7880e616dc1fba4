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

describe('loadConfig: stream provider', () => {
  const tencent = { STREAM_PROVIDER: 'tencent', STREAM_PUSH_DOMAIN: 'push.example.com', STREAM_PLAY_DOMAIN: 'play.example.com', STREAM_PUSH_KEY: 'k' };
  const template = { STREAM_PROVIDER: 'template', STREAM_PUSH_TEMPLATE: 'rtmp://srs.local/live/{stream}', STREAM_FLV_TEMPLATE: 'http://srs.local/live/{stream}.flv' };

  it('has none by default: the demo runs without video URLs', () => {
    expect(loadConfig({}).stream).toEqual({ provider: 'none' });
  });

  it('configures Tencent with the app, TTL and play key defaults', () => {
    expect(loadConfig(tencent).stream).toEqual({
      provider: 'tencent', pushDomain: 'push.example.com', playDomain: 'play.example.com', app: 'live', pushKey: 'k', playKey: undefined, ttlSeconds: 86_400,
    });
    expect(loadConfig({ ...tencent, STREAM_APP: 'shop', STREAM_PLAY_KEY: 'p', STREAM_URL_TTL_SECONDS: '600' }).stream).toMatchObject({ app: 'shop', playKey: 'p', ttlSeconds: 600 });
  });

  it('configures templates; a missing format is null', () => {
    expect(loadConfig(template).stream).toEqual({ provider: 'template', push: 'rtmp://srs.local/live/{stream}', flv: 'http://srs.local/live/{stream}.flv', hls: undefined });
  });

  it.each([
    [{ STREAM_PROVIDER: 'wowza' }, 'STREAM_PROVIDER'],
    [{ ...tencent, STREAM_PUSH_KEY: '' }, 'STREAM_PUSH_KEY'],
    [{ ...tencent, STREAM_PUSH_DOMAIN: undefined }, 'STREAM_PUSH_DOMAIN'],
    [{ ...tencent, STREAM_PLAY_DOMAIN: 'https://play.example.com/' }, 'STREAM_PLAY_DOMAIN'],
    [{ ...tencent, STREAM_APP: 'a/b' }, 'STREAM_APP'],
    [{ ...tencent, STREAM_URL_TTL_SECONDS: '5' }, 'STREAM_URL_TTL_SECONDS'],
    [{ ...template, STREAM_PUSH_TEMPLATE: undefined }, 'STREAM_PUSH_TEMPLATE'],
    [{ ...template, STREAM_FLV_TEMPLATE: undefined }, 'STREAM_HLS_TEMPLATE'],
    [{ ...template, STREAM_HLS_TEMPLATE: 'http://srs.local/live/fixed.m3u8' }, 'STREAM_HLS_TEMPLATE'],
  ])('refuses %j at boot with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toContain(name);
      expect((e as Error).message).not.toContain('\n');
    }
  });
});

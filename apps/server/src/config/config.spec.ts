import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PAY_PROVIDER: 'dev' };
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

describe('loadConfig: payment provider', () => {
  const merchantKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const platformKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const dir = mkdtempSync(join(tmpdir(), 'lm-config-'));
  const keyPath = join(dir, 'apiclient_key.pem');
  writeFileSync(keyPath, merchantKey);
  const wechat = {
    PAY_PROVIDER: 'wechat', WXPAY_MCHID: '1900000109', WXPAY_APPID: 'wx0123456789abcdef', WXPAY_SERIAL_NO: '5157F09EFDC096DE15EBE81A47057A72',
    WXPAY_PRIVATE_KEY: keyPath, WXPAY_APIV3_KEY: 'k'.repeat(32), WXPAY_PLATFORM_CERT: platformKey.replace(/\n/g, '\\n'),
    WXPAY_NOTIFY_URL: 'https://shop.example.com/payments/wechat/notify',
  };

  it('is dev by default outside production, and must be named in production', () => {
    expect(loadConfig({}).payment).toEqual({ provider: 'dev' });
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/^Invalid configuration: PAY_PROVIDER: required when NODE_ENV=production/);
  });

  it('configures WeChat Pay with keys from a file or inline PEM with \\n escapes, and the API defaults', () => {
    expect(loadConfig(wechat).payment).toEqual({
      provider: 'wechat', mchId: '1900000109', appId: 'wx0123456789abcdef', serialNo: '5157F09EFDC096DE15EBE81A47057A72', privateKeyPem: merchantKey,
      apiV3Key: 'k'.repeat(32), platformCertPem: platformKey, platformSerial: undefined, notifyUrl: 'https://shop.example.com/payments/wechat/notify',
      apiBase: 'https://api.mch.weixin.qq.com', timeoutMs: 10_000,
    });
    expect(loadConfig({ ...wechat, WXPAY_APPID: undefined, WX_APPID: 'wx00000000000000aa', WX_SECRET: 's'.repeat(32) }).payment).toMatchObject({ appId: 'wx00000000000000aa' });
  });

  it.each([
    [{ ...wechat, WXPAY_MCHID: undefined }, 'WXPAY_MCHID'],
    [{ ...wechat, WXPAY_APPID: undefined }, 'WXPAY_APPID'],
    [{ ...wechat, WXPAY_SERIAL_NO: undefined }, 'WXPAY_SERIAL_NO'],
    [{ ...wechat, WXPAY_PRIVATE_KEY: undefined }, 'WXPAY_PRIVATE_KEY'],
    [{ ...wechat, WXPAY_PRIVATE_KEY: join(dir, 'missing.pem') }, 'WXPAY_PRIVATE_KEY'],
    [{ ...wechat, WXPAY_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nnope\\n-----END PRIVATE KEY-----' }, 'WXPAY_PRIVATE_KEY'],
    [{ ...wechat, WXPAY_APIV3_KEY: 'short' }, 'WXPAY_APIV3_KEY'],
    [{ ...wechat, WXPAY_APIV3_KEY: undefined }, 'WXPAY_APIV3_KEY'],
    [{ ...wechat, WXPAY_PLATFORM_CERT: undefined }, 'WXPAY_PLATFORM_CERT'],
    [{ ...wechat, WXPAY_NOTIFY_URL: undefined }, 'WXPAY_NOTIFY_URL'],
    [{ ...wechat, WXPAY_NOTIFY_URL: 'ftp://x.example.com/n' }, 'WXPAY_NOTIFY_URL'],
    [{ PAY_PROVIDER: 'alipay' }, 'PAY_PROVIDER'],
  ].map(([env, name]) => [name as string, env as Record<string, string | undefined>]))('refuses a bad payment setup with one line naming %s (case %#)', (name, env) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('loadConfig: rate limits and CORS', () => {
  const prod = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), PAY_PROVIDER: 'dev' };

  it('has the documented limits by default and reads <count>/<window>', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      login: { limit: 60, windowMs: 60_000 },
      grab: { limit: 10, windowMs: 1000 },
      claim: { limit: 10, windowMs: 1000 },
      checkout: { limit: 20, windowMs: 10_000 },
      comment: { limit: 3, windowMs: 3000 },
    });
    const c = loadConfig({ RATE_LIMIT_LOGIN: '5/2h', RATE_LIMIT_GRAB: '3/500ms', RATE_LIMIT_CHECKOUT: '7/2m' });
    expect(c.rateLimits).toMatchObject({ login: { limit: 5, windowMs: 7_200_000 }, grab: { limit: 3, windowMs: 500 }, checkout: { limit: 7, windowMs: 120_000 } });
  });

  it.each(['0/1s', '10', '10/s', '10/1d', '-1/1s', '1.5/1s'])('refuses RATE_LIMIT_GRAB=%s with one line', (value) => {
    expect(() => loadConfig({ RATE_LIMIT_GRAB: value })).toThrow(/^Invalid configuration: RATE_LIMIT_GRAB: must be <count>\/<window>/);
  });

  it('allows no cross-origin callers in production unless named; the H5 dev server outside production', () => {
    expect(loadConfig(prod).corsOrigins).toEqual([]);
    expect(loadConfig({}).corsOrigins).toEqual(['http://localhost:10086', 'http://127.0.0.1:10086']);
    expect(loadConfig({ ...prod, CORS_ORIGINS: 'https://shop.example.com, https://m.example.com:8443' }).corsOrigins).toEqual(['https://shop.example.com', 'https://m.example.com:8443']);
    expect(loadConfig({ CORS_ORIGINS: 'none' }).corsOrigins).toEqual([]);
  });

  it.each(['*', 'shop.example.com', 'https://shop.example.com/', 'https://*.example.com'])('refuses CORS_ORIGINS=%s', (value) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/^Invalid configuration: CORS_ORIGINS: must be exact origins/);
  });

  it('trusts every proxy by default; TRUST_PROXY narrows it to none, a hop count or given addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'yes please' })).toThrow(/^Invalid configuration: TRUST_PROXY/);
  });
});

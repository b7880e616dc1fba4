import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { type Env, envSchema } from './config.schema';
import { parseSubscribeTemplates, type SubscribeTemplateIds } from './subscribe-templates';

/** Where the video goes and comes from; see modules/live/streams. */
export type StreamConfig =
  | { provider: 'none' }
  | { provider: 'tencent'; pushDomain: string; playDomain: string; app: string; pushKey: string; playKey: string | undefined; ttlSeconds: number }
  | { provider: 'template'; push: string; flv: string | undefined; hls: string | undefined };

/** Who takes the money; see modules/payments. Keys are PEM text, already read from their files. */
export type PaymentConfig =
  | { provider: 'dev' }
  | {
      provider: 'wechat';
      mchId: string;
      appId: string;
      serialNo: string;
      privateKeyPem: string;
      apiV3Key: string;
      platformCertPem: string;
      platformSerial: string | undefined;
      notifyUrl: string;
      apiBase: string;
      timeoutMs: number;
    };

/** The server's settings, derived once from the environment. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  embeddedPgPort: number | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  /** See DB_CONNECT_TIMEOUT_MS and REDIS_COMMAND_TIMEOUT_MS: how long a request waits for a service that is down. */
  dbConnectTimeoutMs: number;
  redisCommandTimeoutMs: number;
  /** Undefined outside production: the server then keeps a generated secret in the data folder. */
  jwtSecret: string | undefined;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  wechat: { appId: string; secret: string; apiBase: string; timeoutMs: number } | undefined;
  dataDir: string;
  h5Dir: string;
  /** The merchant console's build (apps/admin), served under /admin/. */
  adminDir: string;
  guestLogin: boolean;
  seedDemo: boolean;
  logLevel: string;
  /** Undefined: the built-in list. */
  sensitiveWords: string[] | undefined;
  stream: StreamConfig;
  payment: PaymentConfig;
  /** Points an inviter earns per invitee whose first order is paid. */
  inviteRewardPoints: number;
  /** The coupon template granted to the inviter with the points; undefined: none. */
  inviteRewardCouponTemplateId: string | undefined;
  flashSale: FlashSaleConfig;
  /** WeChat subscribe-message template id per notification kind (sent only when `wechat` is set too). */
  subscribeTemplates: SubscribeTemplateIds;
  /** Customer service through WeChat's message push (modules/support); undefined token: the webhook is off. */
  support: { wechatToken: string | undefined; defaultMerchantId: string | undefined };
  /** Anti-abuse limits per rule (common/rate-limit); see docs/hardening-limits.md. */
  rateLimits: Record<RateRule, RateLimitRule>;
  /** Exact browser origins allowed to call the API cross-origin; empty: same-origin only. */
  corsOrigins: string[];
  /** Fastify's trustProxy: whose X-Forwarded-For names the client address. */
  trustProxy: boolean | number | string[];
}

/** The calls counted apart: logins per client IP, the rest per user. */
export type RateRule = 'login' | 'grab' | 'claim' | 'checkout' | 'comment';

/** At most `limit` calls per `windowMs`. */
export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** `pnpm dev`: Taro's H5 dev server (the console's vite dev server proxies the API, so it needs none). */
const DEV_ORIGINS = ['http://localhost:10086', 'http://127.0.0.1:10086'];

/** Flash sales (modules/flash-sales): the token secret and the anti-abuse rates per second. */
export interface FlashSaleConfig {
  /** Undefined: derived from the JWT secret. */
  secret: string | undefined;
  tokenTtlSeconds: number;
  userRate: number;
  ipRate: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function firstIssueLine(error: z.ZodError, env: Record<string, string | undefined>): string {
  const issue = error.issues[0];
  const name = String(issue?.path[0] ?? 'environment');
  const got = env[name];
  const shown = got === undefined ? 'unset' : `got ${JSON.stringify(got.length > 60 ? `${got.slice(0, 60)}…` : got)}`;
  return `${name}: ${issue?.message ?? 'invalid'} (${shown})`;
}

/**
 * Parses the environment. Throws a ConfigError whose message is one line naming the variable, so a bad
 * deployment fails at boot instead of at the first request.
 */
export function loadConfig(raw: Record<string, string | undefined> = process.env): AppConfig {
  const env = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration: ${firstIssueLine(parsed.error, env)}`);
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET: required when NODE_ENV=production (unset)');
  }
  if (Boolean(e.WX_APPID) !== Boolean(e.WX_SECRET)) {
    const missing = e.WX_APPID ? 'WX_SECRET' : 'WX_APPID';
    throw new ConfigError(`Invalid configuration: ${missing}: required when ${missing === 'WX_SECRET' ? 'WX_APPID' : 'WX_SECRET'} is set (unset)`);
  }
  const stream = streamConfig(e);
  const subscribeTemplates = parseSubscribeTemplates(e.WX_SUBSCRIBE_TEMPLATES);
  if (typeof subscribeTemplates === 'string') throw new ConfigError(`Invalid configuration: WX_SUBSCRIBE_TEMPLATES: ${subscribeTemplates}`);
  const payment = paymentConfig(e, production);
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    redisCommandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
    jwtSecret: e.JWT_SECRET,
    accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
    refreshTtlDays: e.REFRESH_TTL_DAYS,
    wechat:
      e.WX_APPID && e.WX_SECRET
        ? { appId: e.WX_APPID, secret: e.WX_SECRET, apiBase: e.WX_API_BASE, timeoutMs: e.WX_TIMEOUT_MS }
        : undefined,
    dataDir: resolve(e.DATA_DIR),
    // dist/config/config.js → apps/client/dist/h5
    h5Dir: resolve(e.H5_DIR ?? resolve(__dirname, '../../../client/dist/h5')),
    adminDir: resolve(e.ADMIN_DIR ?? resolve(__dirname, '../../../admin/dist')),
    guestLogin: e.GUEST_LOGIN ?? !production,
    seedDemo: e.SEED_DEMO ?? !production,
    logLevel: e.LOG_LEVEL,
    sensitiveWords: e.SENSITIVE_WORDS?.split(',').map((w) => w.trim()).filter(Boolean),
    stream,
    payment,
    inviteRewardPoints: e.INVITE_REWARD_POINTS,
    inviteRewardCouponTemplateId: e.INVITE_REWARD_COUPON_TEMPLATE_ID,
    flashSale: { secret: e.FLASH_SALE_SECRET, tokenTtlSeconds: e.FLASH_SALE_TOKEN_TTL_SECONDS, userRate: e.FLASH_SALE_USER_RATE, ipRate: e.FLASH_SALE_IP_RATE },
    subscribeTemplates,
    support: { wechatToken: e.WX_SERVICE_TOKEN, defaultMerchantId: e.SUPPORT_WECHAT_DEFAULT_MERCHANT },
    rateLimits: { login: e.RATE_LIMIT_LOGIN, grab: e.RATE_LIMIT_GRAB, claim: e.RATE_LIMIT_CLAIM, checkout: e.RATE_LIMIT_CHECKOUT, comment: e.RATE_LIMIT_COMMENT },
    // Production serves the H5 app and the console from its own origin: nothing cross-origin unless named.
    corsOrigins: e.CORS_ORIGINS ?? (production ? [] : DEV_ORIGINS),
    // Unset: every proxy is trusted, as before this was configurable (deployments sit behind one).
    trustProxy: e.TRUST_PROXY ?? true,
  };
}

/**
 * The chosen payment provider. `dev` lets a buyer mark their own order paid, so production must name
 * the provider on purpose (a forgotten variable must not open free checkout); elsewhere `dev` is the default.
 */
function paymentConfig(e: Env, production: boolean): PaymentConfig {
  const provider = e.PAY_PROVIDER ?? (production ? undefined : 'dev');
  if (!provider) throw new ConfigError('Invalid configuration: PAY_PROVIDER: required when NODE_ENV=production (unset); wechat, or dev for a demo');
  if (provider === 'dev') return { provider: 'dev' };
  const need = (name: keyof Env, value: string | undefined): string => {
    if (!value) throw new ConfigError(`Invalid configuration: ${name}: required when PAY_PROVIDER=wechat (unset)`);
    return value;
  };
  const appId = e.WXPAY_APPID ?? e.WX_APPID;
  if (!appId) throw new ConfigError('Invalid configuration: WXPAY_APPID (or WX_APPID): required when PAY_PROVIDER=wechat (unset)');
  const privateKeyPem = pemOrFile('WXPAY_PRIVATE_KEY', need('WXPAY_PRIVATE_KEY', e.WXPAY_PRIVATE_KEY), (pem) => createPrivateKey(pem));
  const platformCertPem = pemOrFile('WXPAY_PLATFORM_CERT', need('WXPAY_PLATFORM_CERT', e.WXPAY_PLATFORM_CERT), (pem) =>
    pem.includes('BEGIN CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem),
  );
  return {
    provider: 'wechat',
    mchId: need('WXPAY_MCHID', e.WXPAY_MCHID),
    appId,
    serialNo: need('WXPAY_SERIAL_NO', e.WXPAY_SERIAL_NO),
    privateKeyPem,
    apiV3Key: need('WXPAY_APIV3_KEY', e.WXPAY_APIV3_KEY),
    platformCertPem,
    platformSerial: e.WXPAY_PLATFORM_SERIAL,
    notifyUrl: need('WXPAY_NOTIFY_URL', e.WXPAY_NOTIFY_URL),
    apiBase: e.WXPAY_API_BASE,
    timeoutMs: e.WXPAY_TIMEOUT_MS,
  };
}

/** PEM given inline (environment files often carry `\n` escapes) or the path of a PEM file; checked by parsing it. */
function pemOrFile(name: string, value: string, parse: (pem: string) => unknown): string {
  let pem = value.includes('-----BEGIN') ? value.replace(/\\n/g, '\n') : undefined;
  if (pem === undefined) {
    try {
      pem = readFileSync(resolve(value), 'utf8');
    } catch (error) {
      throw new ConfigError(`Invalid configuration: ${name}: not PEM text, and not a readable file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }
  try {
    parse(pem);
  } catch {
    throw new ConfigError(`Invalid configuration: ${name}: not a valid PEM key or certificate`);
  }
  return pem;
}

/** The chosen stream provider with what it needs; refuses (one line) when a variable it needs is unset. */
function streamConfig(e: Env): StreamConfig {
  const need = (name: keyof Env, value: string | undefined): string => {
    if (!value) throw new ConfigError(`Invalid configuration: ${name}: required when STREAM_PROVIDER=${e.STREAM_PROVIDER} (unset)`);
    return value;
  };
  switch (e.STREAM_PROVIDER) {
    case 'none':
      return { provider: 'none' };
    case 'tencent':
      return {
        provider: 'tencent',
        pushDomain: need('STREAM_PUSH_DOMAIN', e.STREAM_PUSH_DOMAIN),
        playDomain: need('STREAM_PLAY_DOMAIN', e.STREAM_PLAY_DOMAIN),
        app: e.STREAM_APP,
        pushKey: need('STREAM_PUSH_KEY', e.STREAM_PUSH_KEY),
        playKey: e.STREAM_PLAY_KEY,
        ttlSeconds: e.STREAM_URL_TTL_SECONDS,
      };
    case 'template':
      // A player needs at least one of the two formats.
      if (!e.STREAM_FLV_TEMPLATE && !e.STREAM_HLS_TEMPLATE) {
        throw new ConfigError('Invalid configuration: STREAM_FLV_TEMPLATE or STREAM_HLS_TEMPLATE: required when STREAM_PROVIDER=template (unset)');
      }
      return { provider: 'template', push: need('STREAM_PUSH_TEMPLATE', e.STREAM_PUSH_TEMPLATE), flv: e.STREAM_FLV_TEMPLATE, hls: e.STREAM_HLS_TEMPLATE };
  }
}

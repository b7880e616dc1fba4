import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const pgUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

/** A host name (and port) without a scheme or path: `push.example.com`, `play.example.com:8080`. */
const domain = z.string().regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i, 'must be a host name, without scheme or path');
/** A URL template for one stream; `{stream}` is replaced by the stream name. */
const streamTemplate = z.string().max(1024).refine((v) => v.includes('{stream}') && /^[a-z][a-z0-9+.-]*:\/\//i.test(v), 'must be a URL containing {stream}');

const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
/** A rate limit: `<count>/<window>`, e.g. `20/1m`, `10/1s`, `3/500ms`: at most count calls per window. */
const rateLimit = z
  .string()
  .regex(/^[1-9]\d{0,8}\/[1-9]\d{0,6}(ms|s|m|h)$/, 'must be <count>/<window> such as 20/1m, 10/1s or 3/500ms')
  .transform((v) => {
    const [count, window] = v.split('/') as [string, string];
    const unit = /[a-z]+$/.exec(window)![0] as keyof typeof UNIT_MS;
    return { limit: Number(count), windowMs: Number(window.slice(0, -unit.length)) * UNIT_MS[unit] };
  });
/** Exact origins (`scheme://host[:port]`), comma-separated; `none` for none. */
const origins = z
  .string()
  .max(4096)
  .transform((v) => (v.trim() === 'none' ? [] : v.split(',').map((o) => o.trim()).filter(Boolean)))
  .refine((list) => list.every((o) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(o)), 'must be exact origins like https://shop.example.com, comma-separated (or none)');

/** Environment variables, parsed once at boot. Empty strings count as unset. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: pgUrl.optional(),
  /** Port for the embedded PostgreSQL; by default a free one is picked (5432 belongs to the machine). */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  REDIS_URL: redisUrl.optional(),
  REDIS_PREFIX: z.string().max(64).default('lm:'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  WX_APPID: z.string().regex(/^wx[0-9a-f]{16}$/, 'must look like wx followed by 16 hex digits').optional(),
  WX_SECRET: z.string().min(16).optional(),
  WX_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WX_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /**
   * WeChat subscribe-message template ids by notification kind, `kind=templateId` comma-separated
   * (e.g. `order_shipped=AbC…,room_live=XyZ…`); a kind without one is told in the app inbox only.
   */
  WX_SUBSCRIBE_TEMPLATES: z.string().max(4096).optional(),
  /** The Token set for message push (消息推送) in the mini-program console; unset: the support webhook is off. */
  WX_SERVICE_TOKEN: z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3–32 letters or digits, as the WeChat console allows').optional(),
  /** The shop a WeChat customer-service message goes to when the viewer did not open the session from a shop's page. */
  SUPPORT_WECHAT_DEFAULT_MERCHANT: z.string().uuid().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  H5_DIR: z.string().min(1).optional(),
  ADMIN_DIR: z.string().min(1).optional(),
  GUEST_LOGIN: bool.optional(),
  SEED_DEMO: bool.optional(),
  /** Comma-separated words the live room masks in comments; a word written `!word` rejects the comment. */
  SENSITIVE_WORDS: z.string().max(100_000).optional(),
  /** Who serves the video: `none` (the demo: no stream URLs), Tencent Cloud CSS, or SRS/nginx-rtmp by template. */
  STREAM_PROVIDER: z.enum(['none', 'tencent', 'template']).default('none'),
  STREAM_PUSH_DOMAIN: domain.optional(),
  STREAM_PLAY_DOMAIN: domain.optional(),
  STREAM_APP: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be letters, digits, _ or -').default('live'),
  /** Tencent push authentication key (the console's 推流鉴权 key). */
  STREAM_PUSH_KEY: z.string().min(1).max(256).optional(),
  /** Tencent playback authentication key; unset: play URLs are not signed. */
  STREAM_PLAY_KEY: z.string().min(1).max(256).optional(),
  /** How long a signed URL stays valid. */
  STREAM_URL_TTL_SECONDS: z.coerce.number().int().min(60).max(30 * 86_400).default(86_400),
  STREAM_PUSH_TEMPLATE: streamTemplate.optional(),
  STREAM_FLV_TEMPLATE: streamTemplate.optional(),
  STREAM_HLS_TEMPLATE: streamTemplate.optional(),
  /** Who takes the money: `dev` (embedded/demo: the buyer confirms locally) or WeChat Pay API v3 (JSAPI). */
  PAY_PROVIDER: z.enum(['dev', 'wechat']).optional(),
  /** WeChat Pay merchant number (商户号). */
  WXPAY_MCHID: z.string().regex(/^[0-9]{6,32}$/, 'must be the digits of the merchant number').optional(),
  /** The mini-program's app id for payments; unset: WX_APPID. */
  WXPAY_APPID: z.string().regex(/^wx[0-9a-f]{16}$/, 'must look like wx followed by 16 hex digits').optional(),
  /** Serial number of the merchant API certificate whose private key signs our requests. */
  WXPAY_SERIAL_NO: z.string().regex(/^[0-9A-Za-z_]{8,64}$/, 'must be the certificate serial number (hex)').optional(),
  /** The merchant API private key: PEM text (\n escapes allowed) or the path of a PEM file. */
  WXPAY_PRIVATE_KEY: z.string().min(1).max(16_384).optional(),
  /** The APIv3 key that encrypts notifications: exactly 32 bytes. */
  WXPAY_APIV3_KEY: z.string().refine((v) => Buffer.byteLength(v, 'utf8') === 32, 'must be exactly 32 bytes').optional(),
  /** WeChat Pay's platform certificate or public key (PEM text or path) that signs notifications and answers. */
  WXPAY_PLATFORM_CERT: z.string().min(1).max(16_384).optional(),
  /** The serial (or PUB_KEY_ID_…) WeChat names in `Wechatpay-Serial`; unset: not checked. */
  WXPAY_PLATFORM_SERIAL: z.string().regex(/^[0-9A-Za-z_]{8,64}$/, 'must be the platform certificate serial or public key id').optional(),
  /** Where WeChat Pay posts payment results: this server's `/payments/wechat/notify`, public HTTPS. */
  WXPAY_NOTIFY_URL: z.string().url().refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL').optional(),
  WXPAY_API_BASE: z.string().url().default('https://api.mch.weixin.qq.com'),
  WXPAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Points an inviter earns when an invitee's first order is paid. */
  INVITE_REWARD_POINTS: z.coerce.number().int().min(0).max(1_000_000).default(200),
  /** A coupon template the inviter is also granted per invitee whose first order is paid; unset: points only. */
  INVITE_REWARD_COUPON_TEMPLATE_ID: z.string().uuid('must be a coupon template id (uuid)').optional(),
  /** Signs flash-sale buy tokens; unset: derived from the JWT secret (instances share it already). */
  FLASH_SALE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How long a flash-sale buy token stays valid. */
  FLASH_SALE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  /** Flash-sale token and order calls one buyer may make per second (each kind counted apart). */
  FLASH_SALE_USER_RATE: z.coerce.number().int().min(1).max(1_000_000).default(5),
  /** Flash-sale token and order calls one IP address may make per second (each kind counted apart). */
  FLASH_SALE_IP_RATE: z.coerce.number().int().min(1).max(1_000_000).default(200),
  /** Logins (`/auth/wechat`, `/auth/guest`, `/auth/demo`, `/auth/refresh`, `/auth/staff/login`) per client IP. */
  RATE_LIMIT_LOGIN: rateLimit.prefault('60/1m'),
  /** Red-packet grabs per user. */
  RATE_LIMIT_GRAB: rateLimit.prefault('10/1s'),
  /** Coupon claims per user. */
  RATE_LIMIT_CLAIM: rateLimit.prefault('10/1s'),
  /** Checkout calls (quote, create order, pay) per user, counted together. */
  RATE_LIMIT_CHECKOUT: rateLimit.prefault('20/10s'),
  /** Live-room comments per user and room. */
  RATE_LIMIT_COMMENT: rateLimit.prefault('3/3s'),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (the per-address login limit):
   * `true` (any: the proxy in front must overwrite the header), `false` (none: the server faces clients),
   * a hop count, or addresses/CIDRs/`loopback`,`uniquelocal`… comma-separated.
   */
  TRUST_PROXY: z
    .string()
    .max(1024)
    .regex(/^(true|false|\d{1,2}|[0-9a-z.:/]+(,\s*[0-9a-z.:/]+)*)$/i, 'must be true, false, a hop count, or comma-separated proxy addresses/CIDRs')
    .transform((v) => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((a) => a.trim())))
    .optional(),
  /** Browser origins allowed to call the API cross-origin; unset: none in production, the dev servers otherwise. */
  CORS_ORIGINS: origins.optional(),
  /**
   * Longest wait for a PostgreSQL connection (a new one, or a free one from the pool) before the request
   * fails with 503 SERVICE_UNAVAILABLE; 0 (the default): no limit. A stopped or restarting PostgreSQL
   * refuses at once and answers 503 without it; the limit is for a database behind a network that drops
   * packets. It is off by default because node-postgres applies it to waiting for a free pooled connection
   * too: at 5 s, the 500-buyer checkout and 10,000-buyer flash-sale storms on a 2-core CI machine got 503s.
   */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  /**
   * Longest wait for an answer from a Redis that is connected but not answering (hung); then 503
   * SERVICE_UNAVAILABLE. 0 (the default): no limit. A disconnected Redis fails at once either way. Off by
   * default because a command that times out may still have run: under a storm that stalls the event loop
   * past the limit, a flash-sale unit taken by such a command is lost to Redis (never oversold).
   */
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Env = z.infer<typeof envSchema>;

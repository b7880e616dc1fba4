import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../config/config';
import { FlashSaleTokens } from './flash-sale-tokens';

const config = (secret: string) =>
  loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'tokens-spec-secret-0123456789-0123456789', FLASH_SALE_SECRET: secret, FLASH_SALE_TOKEN_TTL_SECONDS: '60' });

describe('FlashSaleTokens', () => {
  const tokens = new FlashSaleTokens(config('flash-spec-secret-0123456789-0123456789'));
  const sale = randomUUID();
  const user = randomUUID();

  it('accepts its own token for the same sale and buyer until it expires', () => {
    const now = 1_800_000_000_000;
    const { token, expiresAt } = tokens.issue(sale, user, now);
    expect(expiresAt.getTime()).toBe(now + 60_000);
    expect(tokens.valid(token, sale, user, now + 59_999)).toBe(true);
    expect(tokens.valid(token, sale, user, now + 60_000)).toBe(false);
  });

  it('refuses it for another buyer or sale, with a changed expiry, from another secret, or malformed', () => {
    const now = Date.now();
    const { token } = tokens.issue(sale, user, now);
    const [expiry, mac] = token.split('.') as [string, string];
    expect(tokens.valid(token, sale, randomUUID(), now)).toBe(false);
    expect(tokens.valid(token, randomUUID(), user, now)).toBe(false);
    expect(tokens.valid(`${Number(expiry) + 3_600_000}.${mac}`, sale, user, now)).toBe(false);
    expect(new FlashSaleTokens(config('another-secret-0123456789-0123456789-01')).valid(token, sale, user, now)).toBe(false);
    for (const bad of ['', 'x', `${expiry}.`, `${expiry}.${mac}x`, `abc.${mac}`]) expect(tokens.valid(bad, sale, user, now)).toBe(false);
  });
});

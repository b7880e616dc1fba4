import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import { resolveJwtSecret } from '../auth/jwt-secret';

/**
 * Buy tokens: `<expiry ms>.<HMAC-SHA256(sale id, user id, expiry)>`. Only the sale page (after the window
 * opened) hands them out, so a script that posts orders straight away, or reuses another buyer's token,
 * or keeps one past its expiry, is refused without touching the stock. Every instance derives the same
 * key, so a token from one is good on all.
 */
@Injectable()
export class FlashSaleTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const secret = config.flashSale.secret ?? createHmac('sha256', resolveJwtSecret(config)).update('flash-sale-token').digest('base64url');
    this.key = Buffer.from(secret, 'utf8');
  }

  issue(saleId: string, userId: string, now = Date.now()): { token: string; expiresAt: Date } {
    const expires = now + this.config.flashSale.tokenTtlSeconds * 1000;
    return { token: `${expires}.${this.mac(saleId, userId, expires)}`, expiresAt: new Date(expires) };
  }

  valid(token: string, saleId: string, userId: string, now = Date.now()): boolean {
    const match = /^(\d{13,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return false;
    const expires = Number(match[1]);
    if (expires <= now) return false;
    return timingSafeEqual(Buffer.from(match[2] as string), Buffer.from(this.mac(saleId, userId, expires)));
  }

  private mac(saleId: string, userId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${saleId}:${userId}:${expires}`).digest('base64url');
  }
}

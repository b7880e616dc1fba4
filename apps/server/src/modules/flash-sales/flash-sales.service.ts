import { Inject, Injectable } from '@nestjs/common';
import type { FlashSale, FlashSaleListQuery, FlashSaleOrderRequest, FlashSaleOrderResult, FlashSaleToken } from '@livemall/shared';
import { z } from 'zod';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { RATE_LIMITER, type RateLimiter } from '../../common/rate-limit/rate-limiter';
import { ActivityCheckout } from '../orders/activity-checkout.service';
import { FLASH_GATE, type FlashGate } from './gate/flash-gate';
import { statusOf, toFlashSale } from './flash-sale.mapper';
import { FlashSaleTokens } from './flash-sale-tokens';
import { flashSaleErrors } from './flash-sales.errors';
import { FlashSalesRepository, type SaleRow } from './flash-sales.repository';
import { SaleCache } from './sale-cache';

const cursorSchema = z.object({ s: z.string().datetime(), id: z.string().uuid() });

const uniqueViolation = (error: unknown) => {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e.driverError?.code ?? e.code) === '23505';
};

/** Buyers: see sales, get a buy token once a sale is live, buy with it. */
@Injectable()
export class FlashSalesService {
  private readonly cache: SaleCache;

  constructor(
    private readonly sales: FlashSalesRepository,
    private readonly tokens: FlashSaleTokens,
    private readonly checkout: ActivityCheckout,
    @Inject(FLASH_GATE) private readonly gate: FlashGate,
    @Inject(RATE_LIMITER) private readonly rate: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cache = new SaleCache((id) => this.sales.find(id));
  }

  async list(query: FlashSaleListQuery): Promise<{ items: FlashSale[]; nextCursor: string | null }> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.sales.open(query.status, after, query.limit + 1);
    const page = pageFrom(rows, query.limit, (s) => ({ s: new Date(s.startsAt).toISOString(), id: s.id }));
    return { items: page.items.map((s) => toFlashSale(s)), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<FlashSale> {
    const sale = await this.sales.find(id);
    if (!sale) throw flashSaleErrors.notFound();
    return toFlashSale(sale);
  }

  async token(userId: string, ip: string, saleId: string): Promise<FlashSaleToken> {
    await this.limit('token', userId, ip);
    this.assertLive(await this.liveSale(saleId));
    const { token, expiresAt } = this.tokens.issue(saleId, userId);
    return { token, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Rate limits, window and token first (no stock touched); then the gate; then, in one transaction, the
   * sale's units, the buyer's quota and the order — all three or none. What the gate took is given back
   * if the transaction does not commit.
   */
  async buy(userId: string, ip: string, saleId: string, body: FlashSaleOrderRequest): Promise<FlashSaleOrderResult> {
    await this.limit('order', userId, ip);
    const sale = await this.liveSale(saleId);
    this.assertLive(sale);
    if (!this.tokens.valid(body.token, sale.id, userId)) throw flashSaleErrors.tokenInvalid();
    const verdict = await this.gate.enter(sale, userId, body.requestId, body.quantity);
    if (verdict === 'sold_out') throw flashSaleErrors.soldOut();
    if (verdict === 'limit') throw flashSaleErrors.limitReached(sale.perUserLimit);
    if (verdict === 'seen') {
      const earlier = await this.checkout.replay(userId, body.requestId, 'flash_sale', sale.id);
      if (earlier) return { order: earlier, unitsLeft: sale.unitsLeft };
      // Its first try is still running or failed: try for real; PostgreSQL's unique request id decides.
    }
    let made: { orderId: string; unitsLeft: number };
    try {
      made = await this.sales.transaction(async (m) => {
        const unitsLeft = await this.sales.takeUnits(m, sale.id, body.quantity);
        if (unitsLeft === null) throw Date.now() >= new Date(sale.endsAt).getTime() ? flashSaleErrors.ended() : flashSaleErrors.soldOut();
        if (!(await this.sales.countBuyer(m, sale.id, userId, body.quantity, sale.perUserLimit))) throw flashSaleErrors.limitReached(sale.perUserLimit);
        const orderId = await this.checkout.createIn(m, userId, {
          requestId: body.requestId, addressId: body.addressId, skuId: sale.skuId, quantity: body.quantity, unitPriceFen: sale.salePriceFen,
          source: 'flash_sale', sourceId: sale.id, payMinutes: sale.payMinutes, reserveSkuStock: false,
        });
        return { orderId, unitsLeft };
      });
    } catch (error) {
      if (verdict === 'go') await this.gate.leave(sale.id, userId, body.requestId, body.quantity);
      if (uniqueViolation(error)) {
        const earlier = await this.checkout.replay(userId, body.requestId, 'flash_sale', sale.id);
        if (earlier) return { order: earlier, unitsLeft: sale.unitsLeft };
      }
      throw error;
    }
    return { order: await this.checkout.afterCreate(userId, made.orderId), unitsLeft: made.unitsLeft };
  }

  private async limit(kind: 'token' | 'order', userId: string, ip: string): Promise<void> {
    const { userRate, ipRate } = this.config.flashSale;
    const [user, address] = await Promise.all([this.rate.hit(`fs:${kind}:u:${userId}`, userRate, 1000), this.rate.hit(`fs:${kind}:ip:${ip}`, ipRate, 1000)]);
    if (!user.allowed) throw flashSaleErrors.rateLimited(user.retryAfterMs);
    if (!address.allowed) throw flashSaleErrors.rateLimited(address.retryAfterMs);
  }

  private async liveSale(saleId: string): Promise<SaleRow> {
    const sale = await this.cache.get(saleId);
    if (!sale) throw flashSaleErrors.notFound();
    return sale;
  }

  private assertLive(sale: SaleRow): void {
    const status = statusOf(sale);
    if (status === 'upcoming') throw flashSaleErrors.notStarted(new Date(sale.startsAt));
    if (status === 'ended') throw flashSaleErrors.ended();
  }
}

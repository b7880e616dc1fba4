import { Inject, Injectable } from '@nestjs/common';
import type { CreateFlashSaleRequest, MerchantFlashSale, PageQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { SkuRepository } from '../orders/sku.repository';
import { FLASH_GATE, type FlashGate } from './gate/flash-gate';
import { toMerchantFlashSale } from './flash-sale.mapper';
import { FlashSaleLifecycle } from './flash-sale-lifecycle';
import { flashSaleErrors } from './flash-sales.errors';
import { FlashSalesRepository } from './flash-sales.repository';

const cursorSchema = z.object({ c: z.string().datetime(), id: z.string().uuid() });

/** A shop's flash sales: only its own; another shop's sale answers as if it did not exist. */
@Injectable()
export class MerchantFlashSalesService {
  constructor(
    private readonly sales: FlashSalesRepository,
    private readonly skus: SkuRepository,
    private readonly lifecycle: FlashSaleLifecycle,
    @Inject(FLASH_GATE) private readonly gate: FlashGate,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchantId = await this.sales.merchantOfOwner(userId);
    if (!merchantId) throw flashSaleErrors.notAMerchant();
    return merchantId;
  }

  private async view(merchantId: string, saleId: string): Promise<MerchantFlashSale> {
    const sale = await this.sales.find(saleId);
    if (!sale || sale.merchantId !== merchantId) throw flashSaleErrors.notFound();
    return toMerchantFlashSale(sale, (await this.sales.figures([sale.id])).get(sale.id));
  }

  async list(userId: string, query: PageQuery): Promise<{ items: MerchantFlashSale[]; nextCursor: string | null }> {
    const merchantId = await this.merchantOf(userId);
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.sales.ofMerchant(merchantId, after, query.limit + 1);
    const page = pageFrom(rows, query.limit, (s) => ({ c: new Date(s.createdAt).toISOString(), id: s.id }));
    const figures = await this.sales.figures(page.items.map((s) => s.id));
    return { items: page.items.map((s) => toMerchantFlashSale(s, figures.get(s.id))), nextCursor: page.nextCursor };
  }

  /** The units leave the SKU's stock in the transaction that makes the sale (one conditional decrement). */
  async create(userId: string, body: CreateFlashSaleRequest): Promise<MerchantFlashSale> {
    const merchantId = await this.merchantOf(userId);
    const endsAt = new Date(body.endsAt);
    if (endsAt.getTime() <= Date.now()) throw flashSaleErrors.timeInvalid('endsAt must be in the future');
    const sku = (await this.skus.find([body.skuId])).get(body.skuId);
    if (!sku || sku.merchantId !== merchantId) throw flashSaleErrors.skuNotFound();
    const saleId = await this.sales.transaction(async (m) => {
      if (!(await this.skus.reserve(m, sku.skuId, body.totalUnits))) throw flashSaleErrors.outOfStock(sku.stock);
      return this.sales.insert(m, {
        merchantId, skuId: sku.skuId, salePriceFen: body.salePriceFen, totalUnits: body.totalUnits, perUserLimit: body.perUserLimit,
        payMinutes: body.payMinutes, startsAt: new Date(body.startsAt), endsAt,
      });
    });
    const sale = await this.sales.find(saleId);
    if (sale) await this.gate.open(sale);
    await this.lifecycle.armEnd(saleId, endsAt);
    return this.view(merchantId, saleId);
  }

  /** Ends the sale now and returns its unsold units to the SKU; stopping it again changes nothing. */
  async stop(userId: string, saleId: string): Promise<MerchantFlashSale> {
    const merchantId = await this.merchantOf(userId);
    const before = await this.view(merchantId, saleId);
    if (await this.sales.stop(merchantId, before.id)) await this.lifecycle.end(saleId);
    return this.view(merchantId, saleId);
  }
}

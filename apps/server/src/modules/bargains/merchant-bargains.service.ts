import { ErrorCode, type BargainActivity, type BargainFigures, type BargainFiguresQuery, type CreateBargainActivityRequest, type PageQuery } from '@livemall/shared';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppException } from '../../common/errors/app-exception';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { MerchantsRepository } from '../merchants/merchants.repository';
import { SkuRepository } from '../orders/sku.repository';
import { cutsFeasible } from './bargain-cuts';
import { BargainActivitiesRepository } from './bargain-activities.repository';
import { BargainFiguresRepository } from './bargain-figures.repository';
import { toActivity } from './bargain.mapper';
import { bargainErrors } from './bargains.errors';

const cursorSchema = z.object({ q: z.number().int().nonnegative() });

/** A shop owner's bargain activities: only their own SKUs; another shop's activity answers as if it did not exist. */
@Injectable()
export class MerchantBargainsService {
  constructor(
    private readonly activities: BargainActivitiesRepository,
    private readonly skus: SkuRepository,
    private readonly merchants: MerchantsRepository,
    private readonly figuresRepo: BargainFiguresRepository,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchant = await this.merchants.findByOwner(userId);
    if (!merchant) throw bargainErrors.notAMerchant();
    return merchant.id;
  }

  async create(userId: string, body: CreateBargainActivityRequest): Promise<BargainActivity> {
    const merchantId = await this.merchantOf(userId);
    const sku = (await this.skus.find([body.skuId])).get(body.skuId);
    if (!sku || sku.merchantId !== merchantId) throw bargainErrors.skuNotFound();
    if (!cutsFeasible(sku.priceFen, body.floorPriceFen, body.helpersNeeded)) throw bargainErrors.floorInvalid(sku.priceFen, body.helpersNeeded);
    const now = new Date();
    const startsAt = body.startsAt ? new Date(body.startsAt) : now;
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt || endsAt <= now) {
      throw new AppException(ErrorCode.VALIDATION_FAILED, 'Invalid body.endsAt: must be in the future and after startsAt', {
        issues: [{ path: ['body', 'endsAt'], message: 'must be in the future and after startsAt' }],
      });
    }
    const row = await this.activities.insert({
      merchantId,
      goodsId: sku.goodsId,
      skuId: sku.skuId,
      goodsTitle: sku.title,
      coverUrl: sku.coverUrl,
      specText: sku.specText,
      originalPriceFen: sku.priceFen,
      floorPriceFen: body.floorPriceFen,
      helpersNeeded: body.helpersNeeded,
      timeLimitMinutes: body.timeLimitMinutes,
      startsAt,
      endsAt,
    });
    return toActivity(row, new Date());
  }

  async list(userId: string, query: PageQuery): Promise<{ items: BargainActivity[]; nextCursor: string | null }> {
    const merchantId = await this.merchantOf(userId);
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.activities.ofMerchant(merchantId, after?.q, query.limit + 1);
    const page = pageFrom(rows, query.limit, (a) => ({ q: a.seq }));
    const now = new Date();
    return { items: page.items.map((a) => toActivity(a, now)), nextCursor: page.nextCursor };
  }

  /** Figures for the listed activities that are mine; another shop's ids are simply left out. */
  async figures(userId: string, query: BargainFiguresQuery): Promise<BargainFigures> {
    const merchantId = await this.merchantOf(userId);
    const ids = [...new Set(query.ids.toLowerCase().split(','))];
    return { items: await this.figuresRepo.ofActivities(merchantId, ids) };
  }

  /** No new bargains from now; those already started run to their own expiry. Stopping twice is a no-op. */
  async stop(userId: string, id: string): Promise<BargainActivity> {
    const merchantId = await this.merchantOf(userId);
    const row = await this.activities.stop(merchantId, id);
    if (!row) throw bargainErrors.activityNotFound();
    return toActivity(row, new Date());
  }
}

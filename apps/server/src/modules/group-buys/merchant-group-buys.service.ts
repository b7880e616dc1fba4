import { Injectable } from '@nestjs/common';
import type { CreateGroupBuyRequest, MerchantGroupBuy } from '@livemall/shared';
import { SkuRepository } from '../orders/sku.repository';
import { type ActivityRow, ActivitiesRepository } from './activities.repository';
import { toActivity } from './group-buy.mapper';
import { groupBuyErrors, sharedErrors } from './group-buys.errors';

const NO_FIGURES = { groupsOpen: 0, groupsSucceeded: 0, groupsFailed: 0, seatsSold: 0, virtualSeats: 0 };

/** A shop's group-buy activities: set up on one of its SKUs, listed with how they do, stopped. */
@Injectable()
export class MerchantGroupBuysService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly skus: SkuRepository,
  ) {}

  async create(ownerUserId: string, body: CreateGroupBuyRequest): Promise<MerchantGroupBuy> {
    const merchantId = await this.shopOf(ownerUserId);
    const sku = (await this.skus.find([body.skuId])).get(body.skuId);
    if (!sku || sku.merchantId !== merchantId) throw sharedErrors.skuNotFound();
    // A group price at or above the normal price would be no offer at all.
    if (body.groupPriceFen >= sku.priceFen) throw groupBuyErrors.price(sku.priceFen);
    const id = await this.activities.insert({
      merchantId, skuId: sku.skuId, groupPriceFen: body.groupPriceFen, groupSize: body.groupSize, timeLimitMinutes: body.timeLimitMinutes,
      perUserLimit: body.perUserLimit, virtualFill: body.virtualFill, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt),
    });
    return this.one(merchantId, id);
  }

  async list(ownerUserId: string): Promise<{ items: MerchantGroupBuy[] }> {
    const rows = await this.activities.ofMerchant(await this.shopOf(ownerUserId));
    return { items: await this.withFigures(rows) };
  }

  /** Open groups keep their promise and run to their end; only new groups stop. */
  async stop(ownerUserId: string, activityId: string): Promise<MerchantGroupBuy> {
    const merchantId = await this.shopOf(ownerUserId);
    await this.one(merchantId, activityId);
    await this.activities.stop(activityId);
    return this.one(merchantId, activityId);
  }

  private async one(merchantId: string, id: string): Promise<MerchantGroupBuy> {
    const row = await this.activities.find(id);
    if (!row || row.merchantId !== merchantId) throw groupBuyErrors.notFound();
    const [item] = await this.withFigures([row]);
    return item!;
  }

  private async withFigures(rows: readonly ActivityRow[]): Promise<MerchantGroupBuy[]> {
    const figures = await this.activities.figures(rows.map((r) => r.id));
    return rows.map((r) => ({ ...toActivity(r), figures: figures.get(r.id) ?? NO_FIGURES }));
  }

  private async shopOf(ownerUserId: string): Promise<string> {
    const merchantId = await this.activities.merchantOf(ownerUserId);
    if (!merchantId) throw sharedErrors.notAMerchant();
    return merchantId;
  }
}

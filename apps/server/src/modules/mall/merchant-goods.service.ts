import { Injectable } from '@nestjs/common';
import type { GoodsDetail, PageQuery, SaveGoodsRequest } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { CategoriesService } from './categories.service';
import { sanitizeDescription } from './description-sanitizer';
import { type GoodsFields, GoodsRepository } from './goods.repository';
import { mallErrors } from './mall.errors';
import { planSkus } from './sku-plan';

const cursorSchema = z.object({ q: z.number().int().nonnegative() });

const fieldsOf = (body: SaveGoodsRequest): GoodsFields => ({
  title: body.title,
  categoryId: body.categoryId,
  coverUrl: body.images[0] ?? null,
  images: body.images,
  videoUrl: body.videoUrl,
  descriptionHtml: sanitizeDescription(body.descriptionHtml),
  specs: body.specs,
  onShelf: body.onShelf,
});

/** A shop owner's goods: only their own; another shop's goods answers as if it did not exist. */
@Injectable()
export class MerchantGoodsService {
  constructor(
    private readonly goods: GoodsRepository,
    private readonly categories: CategoriesService,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchantId = await this.goods.merchantOfOwner(userId);
    if (!merchantId) throw mallErrors.notAMerchant();
    return merchantId;
  }

  private async detail(merchantId: string, id: string): Promise<GoodsDetail> {
    const goods = await this.goods.detail(id, { merchantId });
    if (!goods) throw mallErrors.notYourGoods();
    return goods;
  }

  async list(userId: string, query: PageQuery): Promise<{ items: GoodsDetail[]; nextCursor: string | null }> {
    const merchantId = await this.merchantOf(userId);
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.goods.ofMerchant(merchantId, after?.q, query.limit + 1);
    const page = pageFrom(rows, query.limit, (g) => ({ q: g.seq }));
    return { items: page.items.map(({ seq: _seq, ...g }) => g), nextCursor: page.nextCursor };
  }

  async create(userId: string, body: SaveGoodsRequest): Promise<GoodsDetail> {
    const merchantId = await this.merchantOf(userId);
    await this.categories.checkExists(body.categoryId);
    const fields = fieldsOf(body);
    const plan = planSkus(body.skus);
    const id = await this.goods.transaction((tx) => this.goods.insert(tx, merchantId, fields, plan));
    return this.detail(merchantId, id);
  }

  /** Replaces the goods: SKUs matched by spec values keep their ids; those no longer listed leave sale. */
  async update(userId: string, id: string, body: SaveGoodsRequest): Promise<GoodsDetail> {
    const merchantId = await this.merchantOf(userId);
    await this.categories.checkExists(body.categoryId);
    const fields = fieldsOf(body);
    const plan = planSkus(body.skus);
    await this.goods.transaction(async (tx) => {
      const current = await this.goods.lockOwned(tx, merchantId, id);
      if (!current) throw mallErrors.notYourGoods();
      await this.goods.replace(tx, id, fields, plan, current.priceFen);
    });
    return this.detail(merchantId, id);
  }

  async setShelf(userId: string, id: string, onShelf: boolean): Promise<GoodsDetail> {
    const merchantId = await this.merchantOf(userId);
    if (!(await this.goods.setShelf(merchantId, id, onShelf))) throw mallErrors.notYourGoods();
    return this.detail(merchantId, id);
  }
}

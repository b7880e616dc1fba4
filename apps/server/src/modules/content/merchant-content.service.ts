import { Injectable } from '@nestjs/common';
import type { ContentInput, MerchantContent, PageQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { MerchantsRepository } from '../merchants/merchants.repository';
import { contentErrors } from './content.errors';
import { toMerchantContent } from './content.mapper';
import { ContentRepository } from './content.repository';
import type { ContentEntity } from './entities/content.entity';

const mineCursor = z.object({ s: z.number().int().positive() });

/** A shop owner's content: another shop's content answers as if it did not exist. */
@Injectable()
export class MerchantContentService {
  constructor(
    private readonly contents: ContentRepository,
    private readonly merchants: MerchantsRepository,
  ) {}

  private async merchantOf(userId: string): Promise<string> {
    const merchant = await this.merchants.findByOwner(userId);
    if (!merchant) throw contentErrors.notAMerchant();
    return merchant.id;
  }

  private async checkGoods(merchantId: string, input: ContentInput): Promise<void> {
    const foreign = await this.contents.foreignGoods(merchantId, input.goodsIds);
    if (foreign.length) throw contentErrors.goodsInvalid(foreign);
  }

  private async view(id: string): Promise<MerchantContent> {
    const c = await this.contents.byId(id);
    if (!c) throw contentErrors.notFound();
    return this.withGoods([c]).then(([one]) => one!);
  }

  private async withGoods(rows: ContentEntity[]): Promise<MerchantContent[]> {
    const goods = await this.contents.goodsIdsOf(rows.map((c) => c.id));
    return rows.map((c) => toMerchantContent(c, goods.get(c.id) ?? []));
  }

  async list(userId: string, query: PageQuery): Promise<{ items: MerchantContent[]; nextCursor: string | null }> {
    const merchantId = await this.merchantOf(userId);
    const after = decodeCursor(mineCursor, query.cursor);
    const page = pageFrom(await this.contents.mine(merchantId, after?.s, query.limit + 1), query.limit, (c) => ({ s: c.seq }));
    return { items: await this.withGoods(page.items), nextCursor: page.nextCursor };
  }

  async create(userId: string, input: ContentInput): Promise<MerchantContent> {
    const merchantId = await this.merchantOf(userId);
    await this.checkGoods(merchantId, input);
    return this.view(await this.contents.insert(merchantId, input));
  }

  async update(userId: string, id: string, input: ContentInput): Promise<MerchantContent> {
    const merchantId = await this.merchantOf(userId);
    // Someone else's content is not found, whatever goods the request names.
    const c = await this.contents.byId(id);
    if (!c || c.merchantId !== merchantId) throw contentErrors.notFound();
    await this.checkGoods(merchantId, input);
    // Deleted meanwhile: still not found.
    if (!(await this.contents.update(id, merchantId, input))) throw contentErrors.notFound();
    return this.view(id);
  }

  publish(userId: string, id: string): Promise<MerchantContent> {
    return this.move(userId, id, 'draft');
  }

  unpublish(userId: string, id: string): Promise<MerchantContent> {
    return this.move(userId, id, 'published');
  }

  private async move(userId: string, id: string, from: 'draft' | 'published'): Promise<MerchantContent> {
    const merchantId = await this.merchantOf(userId);
    if (await this.contents.transition(id, merchantId, from)) return this.view(id);
    const c = await this.contents.byId(id);
    if (!c || c.merchantId !== merchantId) throw contentErrors.notFound();
    throw contentErrors.status(c.status, from === 'draft' ? 'be published' : 'be unpublished');
  }

  async delete(userId: string, id: string): Promise<{ ok: true }> {
    const merchantId = await this.merchantOf(userId);
    if (!(await this.contents.delete(id, merchantId))) throw contentErrors.notFound();
    return { ok: true };
  }
}

import { Injectable } from '@nestjs/common';
import { GOODS_CONTENTS_MAX, type ContentCard, type ContentDetail, type ContentFeedQuery, type ContentViewResult, type GoodsContents } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { contentErrors } from './content.errors';
import { toContentCard } from './content.mapper';
import { ContentRepository } from './content.repository';

const feedCursor = z.object({ p: z.number().int().positive() });

/** What everyone sees: published content only; a draft answers as if it did not exist. */
@Injectable()
export class ContentService {
  constructor(private readonly contents: ContentRepository) {}

  async feed(query: ContentFeedQuery): Promise<{ items: ContentCard[]; nextCursor: string | null }> {
    const after = decodeCursor(feedCursor, query.cursor);
    const rows = await this.contents.feed(query.kind, after?.p, query.limit + 1);
    const page = pageFrom(rows, query.limit, (c) => ({ p: c.publishSeq }));
    return { items: page.items.map(toContentCard), nextCursor: page.nextCursor };
  }

  async detail(id: string): Promise<ContentDetail> {
    const c = await this.contents.byId(id);
    if (!c || c.status !== 'published') throw contentErrors.notFound();
    return { ...toContentCard(c), body: c.body, videoUrl: c.videoUrl, goods: await this.contents.onShelfGoods(id) };
  }

  async view(userId: string, id: string): Promise<ContentViewResult> {
    const result = await this.contents.view(id, userId);
    if (!result) throw contentErrors.notFound();
    return result;
  }

  async forGoods(goodsId: string): Promise<GoodsContents> {
    return { items: (await this.contents.linking(goodsId, GOODS_CONTENTS_MAX)).map(toContentCard) };
  }
}

import { Injectable } from '@nestjs/common';
import type { GoodsCard, GoodsDetail, GoodsListQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { GoodsListRepository, type ListedGoods } from './goods-list.repository';
import { GoodsRepository } from './goods.repository';
import { GoodsViews } from './goods-views';
import { mallErrors } from './mall.errors';

const seq = z.number().int().nonnegative();
/** Each sort has a cursor of its own: the last row's sort key and seq (and, by price, the snapshot). */
const cursors = {
  new: z.object({ s: z.literal('new'), q: seq }),
  sales: z.object({ s: z.literal('sales'), k: z.number().int().nonnegative(), q: seq }),
  price_asc: z.object({ s: z.literal('price_asc'), k: z.number().int().nonnegative(), q: seq, v: seq }),
  price_desc: z.object({ s: z.literal('price_desc'), k: z.number().int().nonnegative(), q: seq, v: seq }),
};

type Page = { items: GoodsCard[]; nextCursor: string | null };
const card = ({ seq: _seq, sortKey: _key, ...g }: ListedGoods): GoodsCard => g;
const toPage = (p: { items: ListedGoods[]; nextCursor: string | null }): Page => ({ items: p.items.map(card), nextCursor: p.nextCursor });

/** The public side of the mall: the waterfall and a goods' page. */
@Injectable()
export class GoodsService {
  constructor(
    private readonly listing: GoodsListRepository,
    private readonly goods: GoodsRepository,
    private readonly views: GoodsViews,
  ) {}

  async page(query: GoodsListQuery): Promise<Page> {
    const filter = { categoryId: query.categoryId, q: query.q };
    const take = query.limit + 1;
    switch (query.sort) {
      case 'new': {
        const after = decodeCursor(cursors.new, query.cursor);
        const rows = await this.listing.newest(filter, after?.q, take);
        return toPage(pageFrom(rows, query.limit, (g) => ({ s: 'new', q: g.seq })));
      }
      case 'sales': {
        const after = decodeCursor(cursors.sales, query.cursor);
        const rows = await this.listing.bestSelling(filter, after && { key: after.k, seq: after.q }, take);
        return toPage(pageFrom(rows, query.limit, (g) => ({ s: 'sales', k: g.sortKey, q: g.seq })));
      }
      case 'price_asc':
      case 'price_desc': {
        const sort = query.sort;
        const after = decodeCursor(cursors[sort], query.cursor);
        const direction = sort === 'price_asc' ? 'asc' : 'desc';
        const { rows, asOf } = await this.listing.byPrice(filter, direction, after && { key: after.k, seq: after.q }, after?.v, take);
        return toPage(pageFrom(rows, query.limit, (g) => ({ s: sort, k: g.sortKey, q: g.seq, v: asOf })));
      }
    }
  }

  /** A goods' page; a logged-in viewer's visit is recorded (their browsing history). */
  async detail(id: string, viewerId?: string): Promise<GoodsDetail> {
    const goods = await this.goods.detail(id, 'on-shelf');
    if (!goods) throw mallErrors.goodsNotFound();
    if (viewerId) await this.views.viewed(viewerId, id);
    return goods;
  }
}

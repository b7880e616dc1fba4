import { Injectable } from '@nestjs/common';
import type { GoodsSummary, PageQuery } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { GoodsRepository } from './goods.repository';

const cursorSchema = z.object({ seq: z.number().int().nonnegative() });

@Injectable()
export class GoodsService {
  constructor(private readonly goods: GoodsRepository) {}

  async list(query: PageQuery): Promise<{ items: GoodsSummary[]; nextCursor: string | null }> {
    const after = decodeCursor(cursorSchema, query.cursor);
    const rows = await this.goods.page(after?.seq, query.limit + 1);
    const page = pageFrom(rows, query.limit, (g) => ({ seq: g.seq }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((g) => ({
        id: g.id,
        merchantId: g.merchantId,
        title: g.title,
        coverUrl: g.coverUrl,
        priceFen: g.priceFen,
        stock: g.stock,
      })),
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { GoodsCard } from '@livemall/shared';
import { DataSource } from 'typeorm';
import { CARD_COLUMNS, type CardRow, toCard } from './goods.mapper';

export interface ListFilter {
  categoryId?: string | undefined;
  q?: string | undefined;
}

/** Where a page starts: after the row with this sort key and seq (the unique tie-breaker). */
export interface After {
  key: number;
  seq: number;
}

export type ListedGoods = GoodsCard & { seq: number; sortKey: number };

/** `%` and `_` in a keyword are literal text, not patterns. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The waterfall's reads: on-shelf goods, filtered, in one of the sort orders, continued by keyset. */
@Injectable()
export class GoodsListRepository {
  constructor(private readonly db: DataSource) {}

  /** Shared conditions, numbered from `$first`. A category takes its sub-categories' goods too. */
  private where(filter: ListFilter, first: number): { sql: string; params: unknown[] } {
    const parts = ['g.on_shelf'];
    const params: unknown[] = [];
    if (filter.categoryId) {
      params.push(filter.categoryId);
      parts.push(`g.category_id IN (SELECT c.id FROM categories c WHERE c.id = $${first + params.length - 1} OR c.parent_id = $${first + params.length - 1})`);
    }
    if (filter.q) {
      params.push(likePattern(filter.q));
      // Served by the trigram index (goods_title_trgm_idx) for keywords of three characters or more.
      parts.push(`g.title ILIKE $${first + params.length - 1}`);
    }
    return { sql: parts.join(' AND '), params };
  }

  /** Newest first: seq never changes, so a scroll sees each goods once whatever happens meanwhile. */
  async newest(filter: ListFilter, beforeSeq: number | undefined, take: number): Promise<ListedGoods[]> {
    const w = this.where(filter, 3);
    const rows = await this.db.query(
      `SELECT ${CARD_COLUMNS}, g.seq AS sort_key FROM goods g
        WHERE ${w.sql} AND ($1::bigint IS NULL OR g.seq < $1) ORDER BY g.seq DESC LIMIT $2`,
      [beforeSeq ?? null, take, ...w.params],
    );
    return rows.map(listed);
  }

  /**
   * Best sellers first. Sales change all the time, so a goods that sells while a viewer scrolls can move
   * across the cursor and be shown twice or not at all; that is inherent to ranking by a live counter.
   */
  async bestSelling(filter: ListFilter, after: After | undefined, take: number): Promise<ListedGoods[]> {
    const w = this.where(filter, 4);
    const rows = await this.db.query(
      `SELECT ${CARD_COLUMNS}, g.sales AS sort_key FROM goods g
        WHERE ${w.sql} AND ($1::int IS NULL OR (g.sales, g.seq) < ($1::int, $2::bigint)) ORDER BY g.sales DESC, g.seq DESC LIMIT $3`,
      [after?.key ?? null, after?.seq ?? null, take, ...w.params],
    );
    return rows.map(listed);
  }

  /**
   * By listed price, as it was when the scroll began (`asOf`, the last price change it had seen; none on
   * the first page, which takes the newest in the same snapshot). A goods repriced since is ordered by its
   * price before the first such change, so every goods keeps one place for the whole scroll: it is never
   * shown twice nor skipped. Cards show today's price. Goods repriced since are few, so the keyset part
   * stays an index range scan on (price_fen, seq).
   */
  async byPrice(
    filter: ListFilter, direction: 'asc' | 'desc', after: After | undefined, asOf: number | undefined, take: number,
  ): Promise<{ rows: ListedGoods[]; asOf: number }> {
    const w = this.where(filter, 5);
    const [cmp, dir] = direction === 'asc' ? ['>', 'ASC'] : ['<', 'DESC'];
    const past = (key: string) => `($2::bigint IS NULL OR (${key}, g.seq) ${cmp} ($2::bigint, $3::bigint))`;
    const rows: Array<CardRow & { sort_key: string; as_of: string }> = await this.db.query(
      `WITH v AS (SELECT coalesce($1::bigint, (SELECT max(id) FROM goods_price_changes), 0) AS v),
       moved AS (
         SELECT DISTINCT ON (c.goods_id) c.goods_id, c.price_before_fen AS key
           FROM goods_price_changes c WHERE c.id > (SELECT v FROM v) ORDER BY c.goods_id, c.id
       ),
       keyed AS (
         (SELECT g.*, g.price_fen AS sort_key FROM goods g
           WHERE ${w.sql} AND ${past('g.price_fen')} AND NOT EXISTS (SELECT 1 FROM moved m WHERE m.goods_id = g.id)
           ORDER BY g.price_fen ${dir}, g.seq ${dir} LIMIT $4)
         UNION ALL
         (SELECT g.*, m.key AS sort_key FROM goods g JOIN moved m ON m.goods_id = g.id WHERE ${w.sql} AND ${past('m.key')})
       )
       SELECT ${CARD_COLUMNS}, g.sort_key, (SELECT v FROM v) AS as_of FROM keyed g ORDER BY g.sort_key ${dir}, g.seq ${dir} LIMIT $4`,
      [asOf ?? null, after?.key ?? null, after?.seq ?? null, take, ...w.params],
    );
    const first = rows[0];
    // No row: the scroll is over, the snapshot no longer matters.
    return { rows: rows.map(listed), asOf: first ? Number(first.as_of) : (asOf ?? 0) };
  }
}

const listed = (g: CardRow & { sort_key: string }): ListedGoods => ({ ...toCard(g), seq: Number(g.seq), sortKey: Number(g.sort_key) });

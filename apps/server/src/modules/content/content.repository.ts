import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ContentInput, ContentKind, GoodsCard } from '@livemall/shared';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { CARD_COLUMNS, type CardRow, toCard } from '../mall/goods.mapper';
import { ContentEntity } from './entities/content.entity';

// TypeORM's postgres driver answers UPDATE/DELETE … RETURNING with [rows, affected].
const rowsOf = (result: unknown[]): Array<Record<string, any>> => (Array.isArray(result[0]) ? (result[0] as Array<Record<string, any>>) : (result as Array<Record<string, any>>));

/** The columns an input sets; the kind's other payload column is null (the table's check insists). */
const payload = (input: ContentInput) => [
  input.kind,
  input.title,
  input.summary,
  input.coverUrl,
  input.kind === 'article' ? input.body : null,
  input.kind === 'video' ? input.videoUrl : null,
];

/** Contents, their linked goods and their view records. */
@Injectable()
export class ContentRepository {
  constructor(
    private readonly db: DataSource,
    @InjectRepository(ContentEntity) private readonly contents: Repository<ContentEntity>,
  ) {}

  byId(id: string): Promise<ContentEntity | null> {
    return this.contents.findOneBy({ id });
  }

  /** The ids among `goodsIds` that are not goods of this merchant. */
  async foreignGoods(merchantId: string, goodsIds: string[]): Promise<string[]> {
    if (!goodsIds.length) return [];
    const rows: Array<{ id: string }> = await this.db.query(`SELECT id FROM goods WHERE id = ANY($1::uuid[]) AND merchant_id = $2`, [goodsIds, merchantId]);
    const own = new Set(rows.map((r) => r.id));
    return goodsIds.filter((id) => !own.has(id));
  }

  async insert(merchantId: string, input: ContentInput): Promise<string> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO contents (merchant_id, kind, title, summary, cover_url, body, video_url) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [merchantId, ...payload(input)],
      );
      await this.link(tx, row.id, input.goodsIds);
      return row.id as string;
    });
  }

  /** False when the merchant has no such content. The UPDATE comes first: its row lock orders concurrent edits. */
  async update(id: string, merchantId: string, input: ContentInput): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const updated = rowsOf(await tx.query(
        `UPDATE contents SET kind = $3, title = $4, summary = $5, cover_url = $6, body = $7, video_url = $8, updated_at = now()
          WHERE id = $1 AND merchant_id = $2 RETURNING id`,
        [id, merchantId, ...payload(input)],
      ));
      if (!updated.length) return false;
      await tx.query(`DELETE FROM content_goods WHERE content_id = $1`, [id]);
      await this.link(tx, id, input.goodsIds);
      return true;
    });
  }

  private async link(tx: EntityManager, contentId: string, goodsIds: string[]): Promise<void> {
    if (!goodsIds.length) return;
    await tx.query(
      `INSERT INTO content_goods (content_id, goods_id, position) SELECT $1, g.id, g.n - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS g(id, n)`,
      [contentId, goodsIds],
    );
  }

  /**
   * Moves the status only from `from` (a conditional UPDATE: of two clicks one wins). The first publish
   * draws the content's place in the feed; later ones keep it.
   */
  async transition(id: string, merchantId: string, from: 'draft' | 'published'): Promise<boolean> {
    const set = from === 'draft'
      ? `status = 'published', publish_seq = COALESCE(publish_seq, nextval('content_publish_seq')), published_at = COALESCE(published_at, now())`
      : `status = 'draft'`;
    const rows = rowsOf(await this.db.query(`UPDATE contents SET ${set}, updated_at = now() WHERE id = $1 AND merchant_id = $2 AND status = $3 RETURNING id`, [id, merchantId, from]));
    return rows.length > 0;
  }

  async delete(id: string, merchantId: string): Promise<boolean> {
    return rowsOf(await this.db.query(`DELETE FROM contents WHERE id = $1 AND merchant_id = $2 RETURNING id`, [id, merchantId])).length > 0;
  }

  async goodsIdsOf(contentIds: string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ content_id: string; goods_id: string }> = contentIds.length
      ? await this.db.query(`SELECT content_id, goods_id FROM content_goods WHERE content_id = ANY($1::uuid[]) ORDER BY position`, [contentIds])
      : [];
    const byContent = new Map(contentIds.map((id) => [id, [] as string[]]));
    for (const r of rows) byContent.get(r.content_id)?.push(r.goods_id);
    return byContent;
  }

  /** A merchant's contents, newest written first. */
  mine(merchantId: string, beforeSeq: number | undefined, take: number): Promise<ContentEntity[]> {
    const qb = this.contents.createQueryBuilder('c').where('c.merchantId = :merchantId', { merchantId }).orderBy('c.seq', 'DESC').limit(take);
    if (beforeSeq !== undefined) qb.andWhere('c.seq < :beforeSeq', { beforeSeq });
    return qb.getMany();
  }

  /** Published contents, newest published first; `publish_seq` never changes, so a scroll sees each once. */
  feed(kind: ContentKind | undefined, beforePublishSeq: number | undefined, take: number): Promise<ContentEntity[]> {
    const qb = this.contents.createQueryBuilder('c').where(`c.status = 'published'`).orderBy('c.publishSeq', 'DESC').limit(take);
    if (kind) qb.andWhere('c.kind = :kind', { kind });
    if (beforePublishSeq !== undefined) qb.andWhere('c.publishSeq < :beforePublishSeq', { beforePublishSeq });
    return qb.getMany();
  }

  /** The linked goods still on the shelf, in the merchant's order. */
  async onShelfGoods(contentId: string): Promise<GoodsCard[]> {
    const rows: CardRow[] = await this.db.query(
      `SELECT ${CARD_COLUMNS} FROM content_goods cg JOIN goods g ON g.id = cg.goods_id WHERE cg.content_id = $1 AND g.on_shelf ORDER BY cg.position`,
      [contentId],
    );
    return rows.map(toCard);
  }

  /** Published contents linking a goods, newest published first. */
  linking(goodsId: string, take: number): Promise<ContentEntity[]> {
    return this.contents
      .createQueryBuilder('c')
      .innerJoin('content_goods', 'cg', 'cg.content_id = c.id')
      .where('cg.goods_id = :goodsId', { goodsId })
      .andWhere(`c.status = 'published'`)
      .orderBy('c.publishSeq', 'DESC')
      .limit(take)
      .getMany();
  }

  /**
   * One statement: a view row per viewer, content and day (China time) is inserted if new, and only an
   * inserted row adds one to the count. Concurrent repeats of one viewer wait on the key and insert
   * nothing; distinct viewers queue on the content's row, so none is lost. Null when not published.
   */
  async view(contentId: string, userId: string): Promise<{ viewCount: number; counted: boolean } | null> {
    const [row] = await this.db.query(
      `WITH c AS (SELECT id, view_count FROM contents WHERE id = $1 AND status = 'published'),
       ins AS (
         INSERT INTO content_views (content_id, user_id, day)
         SELECT id, $2, (now() AT TIME ZONE 'Asia/Shanghai')::date FROM c ON CONFLICT DO NOTHING RETURNING content_id
       ),
       upd AS (UPDATE contents SET view_count = view_count + 1 WHERE id IN (SELECT content_id FROM ins) RETURNING view_count)
       SELECT EXISTS (SELECT 1 FROM c) AS found, (SELECT view_count FROM upd) AS counted_count`,
      [contentId, userId],
    );
    if (!row.found) return null;
    if (row.counted_count !== null) return { viewCount: Number(row.counted_count), counted: true };
    // Not counted again today: today's count, read after the statement so it includes other viewers.
    const [now] = await this.db.query(`SELECT view_count FROM contents WHERE id = $1`, [contentId]);
    return { viewCount: Number(now?.view_count ?? 0), counted: false };
  }
}

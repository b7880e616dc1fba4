import { Injectable } from '@nestjs/common';
import type { GoodsDetail, Spec } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { DETAIL_COLUMNS, type DetailRow, SKU_COLUMNS, type SkuRow, toDetail } from './goods.mapper';
import type { SkuPlan } from './sku-plan';

/** Everything a save writes on the goods row itself. */
export interface GoodsFields {
  title: string;
  categoryId: string | null;
  coverUrl: string | null;
  images: string[];
  videoUrl: string | null;
  descriptionHtml: string;
  specs: Spec[];
  onShelf: boolean;
}

// Any fixed 64-bit number: writers of goods_price_changes take it so that ids commit in order.
const PRICE_LOG_LOCK = 5_118_402_733_190;

/** Goods and their SKUs: reads of one goods or a shop's list, and the writes of a save. */
@Injectable()
export class GoodsRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** One goods with its on-sale SKUs: any goods of `merchantId` when given, else only one on the shelf. */
  async detail(id: string, scope: { merchantId: string } | 'on-shelf'): Promise<GoodsDetail | null> {
    const [g]: DetailRow[] = scope === 'on-shelf'
      ? await this.db.query(`SELECT ${DETAIL_COLUMNS} FROM goods g WHERE g.id = $1 AND g.on_shelf`, [id])
      : await this.db.query(`SELECT ${DETAIL_COLUMNS} FROM goods g WHERE g.id = $1 AND g.merchant_id = $2`, [id, scope.merchantId]);
    if (!g) return null;
    return toDetail(g, await this.onSaleSkus([g.id]));
  }

  /** A shop's goods, on and off the shelf, newest first; `beforeSeq` continues a page. */
  async ofMerchant(merchantId: string, beforeSeq: number | undefined, take: number): Promise<Array<GoodsDetail & { seq: number }>> {
    const rows: DetailRow[] = await this.db.query(
      `SELECT ${DETAIL_COLUMNS} FROM goods g WHERE g.merchant_id = $1 AND ($2::bigint IS NULL OR g.seq < $2) ORDER BY g.seq DESC LIMIT $3`,
      [merchantId, beforeSeq ?? null, take],
    );
    const skus = await this.onSaleSkus(rows.map((g) => g.id));
    return rows.map((g) => ({ ...toDetail(g, skus.filter((k) => k.goods_id === g.id)), seq: Number(g.seq) }));
  }

  private onSaleSkus(goodsIds: string[]): Promise<SkuRow[]> {
    if (goodsIds.length === 0) return Promise.resolve([]);
    return this.db.query(`SELECT ${SKU_COLUMNS} FROM goods_skus k WHERE k.goods_id = ANY($1::uuid[]) AND k.on_sale`, [goodsIds]);
  }

  async insert(tx: EntityManager, merchantId: string, fields: GoodsFields, plan: SkuPlan): Promise<string> {
    const [{ id }] = await tx.query(
      `INSERT INTO goods (merchant_id, title, category_id, cover_url, images, video_url, description_html, specs, on_shelf, price_fen, original_price_fen)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8::jsonb, $9, $10, $11) RETURNING id`,
      [merchantId, ...fieldValues(fields), plan.priceFen, plan.originalPriceFen],
    );
    await this.writeSkus(tx, id, plan);
    return id;
  }

  /** Locks a goods of the shop for a save (two saves of one goods run one after the other); its listed price. */
  async lockOwned(tx: EntityManager, merchantId: string, id: string): Promise<{ priceFen: number } | null> {
    const [g] = await tx.query(`SELECT price_fen FROM goods WHERE id = $1 AND merchant_id = $2 FOR UPDATE`, [id, merchantId]);
    return g ? { priceFen: Number(g.price_fen) } : null;
  }

  /** Replaces a locked goods; a change of its listed price is logged for price-sorted scrolls under way. */
  async replace(tx: EntityManager, id: string, fields: GoodsFields, plan: SkuPlan, previousPriceFen: number): Promise<void> {
    await tx.query(
      `UPDATE goods SET title = $2, category_id = $3, cover_url = $4, images = $5::jsonb, video_url = $6, description_html = $7, specs = $8::jsonb,
                        on_shelf = $9, price_fen = $10, original_price_fen = $11, updated_at = now()
        WHERE id = $1`,
      [id, ...fieldValues(fields), plan.priceFen, plan.originalPriceFen],
    );
    await this.writeSkus(tx, id, plan);
    if (plan.priceFen !== previousPriceFen) {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PRICE_LOG_LOCK]);
      await tx.query(`INSERT INTO goods_price_changes (goods_id, price_before_fen, price_after_fen) VALUES ($1, $2, $3)`, [id, previousPriceFen, plan.priceFen]);
    }
  }

  /**
   * Upserts the listed SKUs by spec values, so a SKU the goods had (even a dropped one) keeps its id and
   * gets the new price and stock; the SKUs not listed leave sale and stay, since orders refer to them.
   * The stock given replaces the SKU's, orders taken meanwhile included: that is what a merchant's edit means.
   */
  private async writeSkus(tx: EntityManager, goodsId: string, plan: SkuPlan): Promise<void> {
    const s = plan.skus;
    await tx.query(
      `INSERT INTO goods_skus (goods_id, spec_key, spec_values, price_fen, original_price_fen, stock, code)
       SELECT $1, t.spec_key, t.spec_values::jsonb, t.price_fen, t.original_price_fen, t.stock, t.code
         FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::int[], $7::text[]) AS t(spec_key, spec_values, price_fen, original_price_fen, stock, code)
       ON CONFLICT (goods_id, spec_key) DO UPDATE
          SET price_fen = EXCLUDED.price_fen, original_price_fen = EXCLUDED.original_price_fen, stock = EXCLUDED.stock, code = EXCLUDED.code,
              on_sale = true, updated_at = now()`,
      [goodsId, s.map((k) => k.specKey), s.map((k) => JSON.stringify(k.specValues)), s.map((k) => k.priceFen), s.map((k) => k.originalPriceFen), s.map((k) => k.stock), s.map((k) => k.code)],
    );
    await tx.query(
      `UPDATE goods_skus SET on_sale = false, updated_at = now() WHERE goods_id = $1 AND on_sale AND NOT (spec_key = ANY($2::text[]))`,
      [goodsId, s.map((k) => k.specKey)],
    );
  }

  async setShelf(merchantId: string, id: string, onShelf: boolean): Promise<boolean> {
    const [rows] = await this.db.query(`UPDATE goods SET on_shelf = $3, updated_at = now() WHERE id = $1 AND merchant_id = $2 RETURNING id`, [id, merchantId, onShelf]);
    return rows.length > 0;
  }

  async merchantOfOwner(userId: string): Promise<string | null> {
    const [m] = await this.db.query(`SELECT id FROM merchants WHERE owner_user_id = $1`, [userId]);
    return m?.id ?? null;
  }
}

const fieldValues = (f: GoodsFields) => [f.title, f.categoryId, f.coverUrl, JSON.stringify(f.images), f.videoUrl, f.descriptionHtml, JSON.stringify(f.specs), f.onShelf];

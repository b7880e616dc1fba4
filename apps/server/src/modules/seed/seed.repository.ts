import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DemoContent } from './demo-content';
import type { DemoGoods } from './demo-data';

/** Inserts demo rows by fixed id; rows that exist are left as they are. */
@Injectable()
export class SeedRepository {
  constructor(private readonly db: DataSource) {}

  async ensureMerchant(m: { id: string; ownerUserId: string; name: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [m.id, m.ownerUserId, m.name],
    );
  }

  async hasStaffCredential(userId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM staff_credentials WHERE user_id = $1`, [userId])).length > 0;
  }

  /** Left alone when the user already has a login, or another user holds this login name. */
  async ensureStaffCredential(userId: string, login: string, passwordHash: string): Promise<void> {
    await this.db.query(`INSERT INTO staff_credentials (user_id, login, password_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, login, passwordHash]);
  }

  async ensureRoom(r: { id: string; merchantId: string; title: string; anchorName: string; status: string; scheduledAt: Date | null }): Promise<void> {
    await this.db.query(
      `INSERT INTO live_rooms (id, merchant_id, title, anchor_name, status, scheduled_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [r.id, r.merchantId, r.title, r.anchorName, r.status, r.scheduledAt],
    );
  }

  async ensureCategory(c: { id: string; name: string; parentId: string | null; sort: number }): Promise<void> {
    await this.db.query(`INSERT INTO categories (id, name, parent_id, sort) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [c.id, c.name, c.parentId, c.sort]);
  }

  /** FAQ rules for a shop that has none: edited rules are kept (a list emptied by the owner gets the demo rules again on the next boot). */
  async ensureSupportFaqs(merchantId: string, faqs: Array<{ keywords: string[]; answer: string }>): Promise<void> {
    await this.db.query(
      `INSERT INTO support_faqs (merchant_id, position, keywords, answer)
       SELECT $1, f.ord - 1, f.item->'keywords', f.item->>'answer' FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS f(item, ord)
        WHERE NOT EXISTS (SELECT 1 FROM support_faqs WHERE merchant_id = $1)`,
      [merchantId, JSON.stringify(faqs)],
    );
  }

  /** A goods with its SKUs, in one transaction; its listed price is its cheapest SKU's. */
  async ensureGoods(g: DemoGoods & { merchantId: string }): Promise<void> {
    const cheapest = g.skus.reduce((min, s) => (s.priceFen < min.priceFen ? s : min));
    await this.db.transaction(async (tx) => {
      const [inserted] = await tx.query(
        `INSERT INTO goods (id, merchant_id, title, category_id, specs, description_html, price_fen, original_price_fen)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [g.id, g.merchantId, g.title, g.categoryId, JSON.stringify(g.specs), g.descriptionHtml, cheapest.priceFen, cheapest.originalPriceFen ?? null],
      );
      if (!inserted) return;
      for (const s of g.skus) {
        await tx.query(
          `INSERT INTO goods_skus (goods_id, spec_values, spec_key, price_fen, original_price_fen, stock) VALUES ($1, $2::jsonb, $3, $4, $5, $6)`,
          [g.id, JSON.stringify(s.specValues), JSON.stringify(s.specValues), s.priceFen, s.originalPriceFen ?? null, s.stock],
        );
      }
    });
  }

  /** A published content with its linked goods, in one transaction; an existing one is left as it is. */
  async ensureContent(c: DemoContent & { merchantId: string }): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [inserted] = await tx.query(
        `INSERT INTO contents (id, merchant_id, kind, title, summary, body, video_url, status, publish_seq, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', nextval('content_publish_seq'), now()) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [c.id, c.merchantId, c.kind, c.title, c.summary, c.body, c.videoUrl],
      );
      if (!inserted) return;
      await tx.query(
        `INSERT INTO content_goods (content_id, goods_id, position) SELECT $1, g.id, g.n - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS g(id, n)`,
        [c.id, c.goodsIds],
      );
    });
  }
}

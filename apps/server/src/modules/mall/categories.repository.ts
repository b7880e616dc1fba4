import { Injectable } from '@nestjs/common';
import type { Category } from '@livemall/shared';
import { DataSource } from 'typeorm';

type Row = { id: string; name: string; parent_id: string | null; sort: number };
const toCategory = (c: Row): Category => ({ id: c.id, name: c.name, parentId: c.parent_id, sort: c.sort });

@Injectable()
export class CategoriesRepository {
  constructor(private readonly db: DataSource) {}

  async all(): Promise<Category[]> {
    const rows: Row[] = await this.db.query(`SELECT id, name, parent_id, sort FROM categories ORDER BY sort, name, id`);
    return rows.map(toCategory);
  }

  async exists(id: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM categories WHERE id = $1`, [id]);
    return Boolean(row);
  }

  async insert(c: { name: string; parentId: string | null; sort: number }): Promise<Category> {
    const [row]: Row[] = await this.db.query(
      `INSERT INTO categories (name, parent_id, sort) VALUES ($1, $2, $3) RETURNING id, name, parent_id, sort`,
      [c.name, c.parentId, c.sort],
    );
    return toCategory(row as Row);
  }
}

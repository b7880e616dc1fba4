import { Injectable } from '@nestjs/common';
import type { Address, AddressInput } from '@livemall/shared';
import { DataSource, type EntityManager } from 'typeorm';

type Row = { id: string; name: string; phone: string; province: string; city: string; district: string; detail: string; is_default: boolean };
const toAddress = (r: Row): Address => ({ id: r.id, name: r.name, phone: r.phone, province: r.province, city: r.city, district: r.district, detail: r.detail, isDefault: r.is_default });
const COLUMNS = `id, name, phone, province, city, district, detail, is_default`;

/** A user's address book; one default at most (set in the same statement that changes it). */
@Injectable()
export class AddressesRepository {
  constructor(private readonly db: DataSource) {}

  async list(userId: string): Promise<Address[]> {
    const rows: Row[] = await this.db.query(`SELECT ${COLUMNS} FROM addresses WHERE user_id = $1 ORDER BY is_default DESC, created_at DESC`, [userId]);
    return rows.map(toAddress);
  }

  /** `m`: the caller's transaction, so an order made under a held lock needs no second connection. */
  async find(userId: string, id: string, m: EntityManager = this.db.manager): Promise<Address | null> {
    const [row]: Row[] = await m.query(`SELECT ${COLUMNS} FROM addresses WHERE user_id = $1 AND id = $2`, [userId, id]);
    return row ? toAddress(row) : null;
  }

  async save(userId: string, id: string | null, a: AddressInput): Promise<Address | null> {
    return this.db.transaction(async (m) => {
      // The first address is the default whatever was asked; a new default takes over from the old one.
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM addresses WHERE user_id = $1 AND id IS DISTINCT FROM $2::uuid`, [userId, id]);
      const isDefault = a.isDefault || n === 0;
      if (isDefault) await m.query(`UPDATE addresses SET is_default = false WHERE user_id = $1 AND is_default`, [userId]);
      const values = [userId, a.name, a.phone, a.province, a.city, a.district, a.detail, isDefault];
      const rows: Row[] = id
        ? (await m.query(`UPDATE addresses SET name = $2, phone = $3, province = $4, city = $5, district = $6, detail = $7, is_default = $8 WHERE user_id = $1 AND id = $9 RETURNING ${COLUMNS}`, [...values, id]))[0]
        : await m.query(`INSERT INTO addresses (user_id, name, phone, province, city, district, detail, is_default) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`, values);
      return rows[0] ? toAddress(rows[0]) : null;
    });
  }

  async remove(userId: string, id: string): Promise<boolean> {
    const [rows] = await this.db.query(`DELETE FROM addresses WHERE user_id = $1 AND id = $2 RETURNING id`, [userId, id]);
    return rows.length > 0;
  }
}

import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokensService } from '../../src/modules/auth/tokens.service';
import { UsersRepository } from '../../src/modules/users/users.repository';
import { DEMO_MERCHANT, type LiveServers } from './live-servers';
import { newBuyer, type Buyer } from './shop-helpers';

/** The room's window starts here: 2026-11-20 20:00 in Asia/Shanghai. */
export const T0 = Date.parse('2026-11-20T12:00:00Z');

/** `'01:30'` → T0 + 1 min 30 s; `'-02:00'` → two minutes before T0. */
export const at = (mmss: string): Date => {
  const sign = mmss.startsWith('-') ? -1 : 1;
  const [m, s] = mmss.replace('-', '').split(':').map(Number) as [number, number];
  return new Date(T0 + sign * (m * 60 + s) * 1000);
};

/** Deterministic uuid from a label, so a re-run builds the same ids (events, packets). */
export const uuidOf = (label: string): string => {
  const h = createHash('sha256').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export interface Goods {
  id: string;
  sku: string;
}

export interface EventRow {
  user: string;
  session: string;
  type: string;
  at: Date;
  roomId?: string;
  target?: string;
  goodsId?: string;
  skuId?: string;
  value?: number;
}

/** Writes the dataset straight into the tables the dashboards read, with times the test chooses. */
export function dashboardFixture(live: LiveServers, merchantToken: () => string) {
  const app = () => live.servers[0]!.app;
  let n = 0;

  /** A user with the merchant role; with a shop of its own unless `shop` is false. */
  const merchantAccount = async (shop = true): Promise<{ token: string; merchantId: string | null }> => {
    const user = await app().get(UsersRepository).upsertSeeded(`dash-e2e-${randomUUID()}`, { nickname: '别家店主' }, ['user', 'merchant']);
    const merchantId = shop ? randomUUID() : null;
    if (merchantId) await app().get(DataSource).query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [merchantId, user.id, '别家店']);
    return { token: (await app().get(TokensService).issue(user)).accessToken, merchantId };
  };

  const goods = async (priceFen: number, token = merchantToken()): Promise<Goods> => {
    const res = await live.call('POST', '/merchant/goods', token, {
      title: `看板商品 ${priceFen}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen, stock: 100 }],
    });
    if (res.status !== 201) throw new Error(`goods: ${res.status} ${JSON.stringify(res.json)}`);
    return { id: res.json.id, sku: res.json.skus[0].id };
  };

  const room = (merchantId: string, startedAt: Date | null, endedAt: Date | null): Promise<string> =>
    live.withDb(async (db) => {
      const status = endedAt ? 'ended' : startedAt ? 'live' : 'scheduled';
      const { rows } = await db.query(
        `INSERT INTO live_rooms (merchant_id, title, anchor_name, status, started_at, ended_at) VALUES ($1, '看板测试', '林掌柜', $2, $3, $4) RETURNING id`,
        [merchantId, status, startedAt, endedAt],
      );
      return rows[0].id as string;
    });

  const events = (rows: EventRow[]) =>
    live.withDb(async (db) => {
      for (const e of rows) {
        await db.query(
          `INSERT INTO analytics_events (user_id, id, session_id, type, target, target_id, room_id, goods_id, sku_id, value, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [e.user, uuidOf(`event ${n++}`), e.session, e.type, e.target ?? null, e.target ? (e.goodsId ?? e.roomId) : null, e.roomId ?? null, e.goodsId ?? null, e.skuId ?? null, e.value ?? null, e.at],
        );
      }
    });

  const comments = (roomId: string, rows: Array<[user: string, at: Date]>) =>
    live.withDb(async (db) => {
      for (const [user, time] of rows) {
        await db.query(`INSERT INTO live_comments (id, room_id, user_id, nickname, text, created_at) VALUES ($1, $2, $3, '观众', '好看', $4)`, [randomUUID(), roomId, user, time]);
      }
    });

  /** Made through the real API (coupon applied only when given), paid with the dev provider, then moved to the chosen times. */
  const order = async (b: Buyer, lines: Array<{ sku: string; quantity: number }>, times: { created: Date; paid: Date | null }, couponId: string | null = null) => {
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: lines.map((l) => ({ skuId: l.sku, quantity: l.quantity })), addressId: b.addressId, couponId });
    if (made.status !== 201) throw new Error(`order: ${made.status} ${JSON.stringify(made.json)}`);
    if (times.paid) {
      const started = await live.call('POST', `/orders/${made.json.id}/pay`, b.token);
      const confirmed = await live.call('POST', `/payments/${started.json.paymentId}/dev-confirm`, b.token);
      if (confirmed.json?.status !== 'paid') throw new Error(`pay: ${confirmed.status} ${JSON.stringify(confirmed.json)}`);
    }
    await live.withDb((db) => db.query(`UPDATE orders SET created_at = $2, paid_at = CASE WHEN paid_at IS NULL THEN NULL ELSE $3::timestamptz END WHERE id = $1`, [made.json.id, times.created, times.paid]));
    return { id: made.json.id as string, totalFen: made.json.totalFen as number, itemId: made.json.items[0].id as string };
  };

  /** Asks for a refund of `quantity` units of the order's first line and approves it: the money goes back now. */
  const refund = async (b: Buyer, o: { id: string; itemId: string }, quantity: number) => {
    const asked = await live.call('POST', `/orders/${o.id}/refunds`, b.token, { orderItemId: o.itemId, quantity, reason: '多买了' });
    const decided = await live.call('POST', `/merchant/refunds/${asked.json.refunds[0].id}/decision`, merchantToken(), { approve: true });
    if (decided.status !== 200) throw new Error(`refund: ${decided.status} ${JSON.stringify(decided.json)}`);
  };

  const couponTemplate = async (amountFen: number): Promise<string> => {
    const res = await live.call('POST', '/merchant/coupon-templates', merchantToken(), {
      name: '直播间券', rule: { kind: 'amount_off', thresholdFen: 0, amountFen }, validity: { kind: 'relative', validDays: 30 }, totalQuantity: 100, perUserLimit: 1,
    });
    if (res.status !== 201) throw new Error(`template: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json.id;
  };

  /** Claimed through the real API, then dated `claimedAt`. */
  const claim = async (b: Buyer, templateId: string, claimedAt: Date): Promise<string> => {
    const res = await live.call('POST', `/coupons/templates/${templateId}/claim`, b.token, { requestId: randomUUID() });
    if (res.status !== 201) throw new Error(`claim: ${res.status} ${JSON.stringify(res.json)}`);
    await live.withDb((db) => db.query(`UPDATE coupons SET created_at = $2 WHERE id = $1`, [res.json.id, claimedAt]));
    return res.json.id;
  };

  /** A packet row as the grab path leaves it, and its grabs (the money side is not what the dashboard reads). */
  const redPacket = (roomId: string, p: { label: string; createdAt: Date; totalFen: number; count: number; status: string; grabs: Array<[user: string, fen: number]> }) =>
    live.withDb(async (db) => {
      const id = uuidOf(p.label);
      const grabbed = p.grabs.reduce((a, [, fen]) => a + fen, 0);
      const hex = createHash('sha256').update(p.label).digest('hex');
      await db.query(
        `INSERT INTO red_packets (id, room_id, merchant_id, anchor_name, slogan, type, total_amount, total_count, remaining_amount, remaining_count,
                                  min_share, max_share, valid_from, valid_until, status, seed_commitment, seed, request_fingerprint, created_at, updated_at)
         VALUES ($1, $2, $3, '林掌柜', '恭喜发财', 'lucky', $4, $5, $6, $7, 1, $4, $8, $8::timestamptz + interval '1 minute', $9, $10, 'seed', $10, $8, $8)`,
        [id, roomId, DEMO_MERCHANT, p.totalFen, p.count, p.totalFen - grabbed, p.count - p.grabs.length, p.createdAt, p.status, hex],
      );
      for (const [i, [user, fen]] of p.grabs.entries()) {
        await db.query(`INSERT INTO red_packet_grabs (packet_id, user_id, nickname, amount, seq, created_at) VALUES ($1, $2, '观众', $3, $4, $5)`, [id, user, fen, i + 1, p.createdAt]);
      }
    });

  return { merchantAccount, goods, room, events, comments, order, refund, couponTemplate, claim, redPacket, buyer: () => newBuyer(live) };
}

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { checkBooks, type SoakBooks } from './soak-books';
import { SoakMeter, type Totals, type WindowStats } from './soak-meter';
import { SoakSession } from './soak-session';
import { shop, type SoakGoods } from './soak-shoppers';
import { ACK_TIMEOUT_MS, SoakViewer } from './soak-viewers';

/**
 * The mixed soak scenario against one running server: viewers in live rooms commenting and liking over
 * WebSockets, the merchant dropping a red packet every few seconds that the room's viewers grab, and
 * shoppers browsing, carting, ordering and paying. Shared by `bench/soak.ts` (30 minutes, figures and a
 * verdict) and the short CI spec (errors and books only).
 */
export interface SoakOptions {
  base: string;
  /** The server's database, for the books at the end. */
  databaseUrl: string;
  seconds: number;
  rooms: number;
  viewersPerRoom: number;
  shoppers: number;
  /** Each viewer comments about this often, and sends a like frame about this often (seconds, on average). */
  commentEveryS: number;
  likeEveryS: number;
  /** The merchant drops a packet in the next room this often. */
  packetEveryS: number;
  sampleEveryS: number;
  /** Keeps this run's guest device ids apart from any other's. */
  tag: string;
  /** The server process's resident memory now, in bytes, when the caller can read it. */
  rss?: () => number;
  /** The server's V8 heap left live after its latest major (mark-compact) collection, in bytes, if traced. */
  heap?: () => number | null;
  onSample?: (s: SoakSample) => void;
  log?: (line: string) => void;
}

export interface SoakSample extends WindowStats {
  /** Seconds since the load started, at the end of this window. */
  at: number;
  rssMb: number | null;
  /** Live heap after the server's latest major GC at sample time (carried until the next one), MB. */
  heapMb: number | null;
}

export interface SoakReport {
  samples: SoakSample[];
  totals: Totals;
  books: SoakBooks;
  /** Viewers whose socket was open when the load stopped, of all viewers. */
  viewersOpenAtEnd: number;
  viewers: number;
}

const PACKET_OPEN_S = 40;
const SMALL_PACKET = { totalCount: 20, totalAmount: 2000 };
// Every fourth packet has more shares than its room has viewers: the rest goes back at expiry.
const BIG_PACKET = { totalCount: 400, totalAmount: 4000 };
const GRAB_SPREAD_MS = 3000;
const PUSH_EVERY_S = 30;
const HOT_STOCK = 30;
const PLENTY_STOCK = 100_000;
// An expiry job this late after `validUntil` means money stuck in escrow, not a slow queue.
const EXPIRY_GRACE_MS = 60_000;
const ADDRESS = { name: '张三', phone: '13800138000', province: '广东省', city: '深圳市', district: '南山区', detail: '科技园 1 号' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const jitter = (minMs: number, maxMs: number): Promise<void> => new Promise((r) => setTimeout(r, minMs + Math.random() * (maxMs - minMs)));

/** Runs `work` over `items`, `concurrency` at a time. */
async function pool<T, R>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) out[i] = await work(items[i] as T, i);
    }),
  );
  return out;
}

async function createGoods(merchant: SoakSession, title: string, priceFen: number, stock: number): Promise<SoakGoods> {
  const g = await merchant.must('POST', '/merchant/goods', { title, images: ['https://example.com/soak.jpg'], skus: [{ specValues: [], priceFen, stock }] });
  return { goodsId: g.id, skuId: g.skus[0].id, stock };
}

export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const log = o.log ?? (() => undefined);
  const meter = new SoakMeter();
  const merchant = await SoakSession.demo(o.base, meter, 'merchant');
  const admin = await SoakSession.demo(o.base, meter, 'admin');

  const rooms: string[] = [];
  for (let i = 0; i < o.rooms; i++) {
    const room = await merchant.must('POST', '/merchant/rooms', { title: `压测直播间 ${i + 1}`, anchorName: '林掌柜' });
    await merchant.must('POST', `/merchant/rooms/${room.id}/start`);
    rooms.push(room.id);
    if (i === 0) {
      const packets = Math.ceil(o.seconds / o.packetEveryS) + 2;
      const amount = Math.min(100_000_000, packets * Math.max(SMALL_PACKET.totalAmount, BIG_PACKET.totalAmount));
      await admin.must('POST', '/admin/merchant-top-ups', { requestId: randomUUID(), merchantId: room.merchantId, amount });
    }
  }
  const plenty = await Promise.all([990, 1590, 2990, 4990].map((price, i) => createGoods(merchant, `压测好货 ${o.tag} ${i}`, price, PLENTY_STOCK)));
  const hot = await createGoods(merchant, `压测爆款 ${o.tag}`, 1990, HOT_STOCK);

  const viewers = await pool(
    Array.from({ length: o.rooms * o.viewersPerRoom }, (_, i) => i),
    20,
    async (i) => new SoakViewer(await SoakSession.guest(o.base, meter, `soak-${o.tag}-v${i}`, `观众${i}`), rooms[i % o.rooms] as string, meter),
  );
  await pool(viewers, 20, (v) => v.join());
  const shoppers = await pool(
    Array.from({ length: o.shoppers }, (_, i) => i),
    10,
    async (i) => {
      const s = await SoakSession.guest(o.base, meter, `soak-${o.tag}-s${i}`, `买家${i}`);
      return { s, addressId: (await s.must('POST', '/me/addresses', ADDRESS)).id as string };
    },
  );
  meter.take(); // the set-up's joins are not load
  log(`soak: ${rooms.length} rooms, ${viewers.filter((v) => v.open).length}/${viewers.length} viewers joined, ${shoppers.length} shoppers; ${o.seconds} s`);

  const t0 = performance.now();
  const end = t0 + o.seconds * 1000;
  const running = () => performance.now() < end;
  const sleepUntil = (at: number) => sleep(Math.min(at, end) - performance.now());
  const inFlight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const samples: SoakSample[] = [];

  const tickMs = 100;
  const commentP = tickMs / 1000 / o.commentEveryS;
  const likeP = tickMs / 1000 / o.likeEveryS;
  let ticks = 0;
  const chatter = setInterval(() => {
    for (const v of viewers) {
      if (Math.random() < commentP) v.comment();
      if (Math.random() < likeP) v.like();
    }
    if (++ticks % 10 === 0) for (const v of viewers) v.sweep();
  }, tickMs);

  // Samples on a fixed grid from t0 (no drift over a long run), the last one at the end of the load: the
  // drain after it is not load.
  const sampling = (async () => {
    for (let k = 1; k * o.sampleEveryS <= o.seconds; k++) {
      await sleep(t0 + k * o.sampleEveryS * 1000 - performance.now());
      const rss = o.rss?.();
      const heap = o.heap?.() ?? null;
      const sample: SoakSample = {
        ...meter.take(),
        at: (performance.now() - t0) / 1000,
        rssMb: rss === undefined ? null : rss / 2 ** 20,
        heapMb: heap === null ? null : heap / 2 ** 20,
      };
      samples.push(sample);
      o.onSample?.(sample);
    }
  })();

  const packets: Array<{ id: string; until: number }> = [];
  const grab = async (v: SoakViewer, packetId: string) => {
    await jitter(0, GRAB_SPREAD_MS);
    const won = await v.session.call('grab', 'POST', `/red-packets/${packetId}/grab`);
    if (won && Math.random() < 0.3) await v.session.call('grabs-list', 'GET', `/red-packets/${packetId}/grabs`);
    // A double tap: the second grab must be refused, never paid twice.
    if (Math.random() < 0.1) await v.session.call('grab', 'POST', `/red-packets/${packetId}/grab`);
  };
  const dropPackets = async () => {
    for (let i = 0; running(); i++) {
      const due = t0 + i * o.packetEveryS * 1000;
      await sleepUntil(due);
      if (!running()) break;
      const roomId = rooms[i % rooms.length] as string;
      const size = i % 4 === 3 ? BIG_PACKET : SMALL_PACKET;
      const until = Date.now() + PACKET_OPEN_S * 1000;
      const packet = await merchant.call('packet', 'POST', '/merchant/red-packets', { requestId: randomUUID(), roomId, type: 'lucky', ...size, validUntil: new Date(until).toISOString() });
      if (!packet) continue;
      packets.push({ id: packet.id, until });
      for (const v of viewers) if (v.roomId === roomId && Math.random() < 0.8) track(grab(v, packet.id));
    }
  };
  const pushGoods = async () => {
    for (let i = 0; running(); i++) {
      await sleepUntil(t0 + i * ((PUSH_EVERY_S * 1000) / rooms.length));
      if (!running()) break;
      const goods = [...plenty, hot][i % (plenty.length + 1)] as SoakGoods;
      await merchant.call('push', 'POST', `/merchant/rooms/${rooms[i % rooms.length]}/pushes`, { goodsId: goods.goodsId, pin: true });
    }
  };
  const loops = [dropPackets(), pushGoods(), ...shoppers.map(({ s, addressId }) => shop(s, addressId, { plenty, hot }, running, () => jitter(200, 800)))];

  await Promise.all(loops);
  clearInterval(chatter);
  await sampling;
  await Promise.all(inFlight);
  // The last frames' acks, or the timeout that counts them as hangs.
  for (const stop = performance.now() + ACK_TIMEOUT_MS + 1000; performance.now() < stop && viewers.some((v) => v.waiting > 0); ) await sleep(200);
  for (const v of viewers) v.sweep();
  const viewersOpenAtEnd = viewers.filter((v) => v.open).length;
  for (const v of viewers) v.close();

  const stuck = await packetsPastExpiry(o.databaseUrl, packets);
  await pool(packets, 5, (p) => merchant.call('packet-end', 'POST', `/merchant/red-packets/${p.id}/end`));
  const books = await checkBooks(o.databaseUrl, packets.map((p) => p.id), [...plenty, hot]);
  if (stuck.length) books.packetsOff.push(...stuck.map((id) => `${id}: still open ${EXPIRY_GRACE_MS / 1000} s after it expired`));
  books.balanced &&= stuck.length === 0;
  return { samples, totals: meter.totalsSoFar(), books, viewersOpenAtEnd, viewers: viewers.length };
}

/** Packets the expiry job should have closed well before now. */
async function packetsPastExpiry(databaseUrl: string, packets: Array<{ id: string; until: number }>): Promise<string[]> {
  const due = packets.filter((p) => p.until < Date.now() - EXPIRY_GRACE_MS).map((p) => p.id);
  if (due.length === 0) return [];
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT id FROM red_packets WHERE id = ANY($1::uuid[]) AND status NOT IN ('finished', 'expired')`, [due]);
    return rows.map((r: { id: string }) => r.id);
  } finally {
    await db.end();
  }
}

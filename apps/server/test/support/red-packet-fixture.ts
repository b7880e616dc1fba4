import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { DomainEvents, type DomainEvent } from '../../src/common/events/domain-events';
import type { Jobs } from '../../src/jobs/jobs';
import { MerchantsRepository } from '../../src/modules/merchants/merchants.repository';
import { MerchantEntity } from '../../src/modules/merchants/entities/merchant.entity';
import type { GrabStrategy } from '../../src/modules/red-packets/grab/grab-strategy';
import { GrabWriter } from '../../src/modules/red-packets/grab/grab-writer.repository';
import { PostgresGrabStrategy } from '../../src/modules/red-packets/grab/postgres-grab.strategy';
import { RedisGrabStrategy } from '../../src/modules/red-packets/grab/redis-grab.strategy';
import { RedPacketCloser } from '../../src/modules/red-packets/red-packet-closer';
import { RedPacketLifecycle } from '../../src/modules/red-packets/red-packet-lifecycle';
import { RedPacketsRepository } from '../../src/modules/red-packets/red-packets.repository';
import { RedPacketsService } from '../../src/modules/red-packets/red-packets.service';
import { UserEntity } from '../../src/modules/users/entities/user.entity';
import { UsersRepository } from '../../src/modules/users/users.repository';
import { SYSTEM_WALLET_OWNER, WalletRepository } from '../../src/modules/wallet/wallet.repository';

/** Jobs that only record what was scheduled: the tests run expiry themselves, at the moment they choose. */
export class RecordedJobs {
  scheduled: Array<{ queue: string; data: object; runAt: Date }> = [];
  async schedule(queue: string, data: object, runAt: Date): Promise<void> {
    this.scheduled.push({ queue, data, runAt });
  }
  async work(): Promise<void> {}
}

export interface RedPacketWorld {
  service: RedPacketsService;
  closer: RedPacketCloser;
  lifecycle: RedPacketLifecycle;
  strategy: GrabStrategy;
  wallets: WalletRepository;
  events: DomainEvent[];
}

/** The red-packet feature wired by hand over a real database (and Redis), as a fresh server would be. */
export function redPacketWorld(ds: DataSource, redis: Redis | null): RedPacketWorld {
  const writer = new GrabWriter(ds);
  const strategy: GrabStrategy = redis ? new RedisGrabStrategy(redis, writer, ds) : new PostgresGrabStrategy(writer);
  const packets = new RedPacketsRepository(ds);
  const wallets = new WalletRepository(ds);
  const bus = new DomainEvents();
  const events: DomainEvent[] = [];
  bus.subscribe((e) => {
    events.push(e);
  });
  const jobs = new RecordedJobs() as unknown as Jobs;
  const closer = new RedPacketCloser(packets, wallets, strategy, bus);
  const service = new RedPacketsService(
    packets,
    wallets,
    new MerchantsRepository(ds.getRepository(MerchantEntity)),
    new UsersRepository(ds.getRepository(UserEntity)),
    closer,
    jobs,
    bus,
    strategy,
  );
  return { service, closer, lifecycle: new RedPacketLifecycle(packets, closer, jobs, strategy), strategy, wallets, events };
}

export interface Shop {
  ownerUserId: string;
  merchantId: string;
  roomId: string;
}

/** A merchant of its own (so tests sharing the run's database never touch each other's money). */
export async function openShop(ds: DataSource, balance: number): Promise<Shop> {
  const owner = await new UsersRepository(ds.getRepository(UserEntity)).upsertSeeded(`shop-${randomUUID()}`, { nickname: '测试主播' }, ['user', 'merchant']);
  const merchantId = randomUUID();
  const roomId = randomUUID();
  await ds.query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [merchantId, owner.id, '测试店']);
  await ds.query(`INSERT INTO live_rooms (id, merchant_id, title, anchor_name, status) VALUES ($1, $2, '测试直播间', '测试主播', 'live')`, [roomId, merchantId]);
  const wallets = new WalletRepository(ds);
  await wallets.runInTransaction(async (m) => {
    const from = await wallets.ensure('system', SYSTEM_WALLET_OWNER, m);
    const to = await wallets.ensure('merchant', merchantId, m);
    await wallets.move(m, { from, to, amount: balance, reason: 'topup', reference: merchantId, key: `topup:${randomUUID()}` });
  });
  return { ownerUserId: owner.id, merchantId, roomId };
}

/** `n` viewers in one statement. */
export async function viewers(ds: DataSource, n: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const rows: Array<{ id: string }> = await ds.query(
    `INSERT INTO users (provider, guest_device_id, nickname)
     SELECT 'guest', 'v-' || $1 || '-' || i, '观众' || i FROM generate_series(1, $2::int) AS i RETURNING id`,
    [tag, n],
  );
  return rows.map((r) => r.id);
}

export const minutesFromNow = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

/** The books of one packet and the whole ledger, as the tests check them. */
export async function books(ds: DataSource, packetId: string) {
  const [escrow] = await ds.query(`SELECT balance FROM wallets WHERE owner_type = 'escrow' AND owner_id = $1`, [packetId]);
  const grabs: Array<{ user_id: string; amount: string; seq: number }> = await ds.query('SELECT user_id, amount, seq FROM red_packet_grabs WHERE packet_id = $1', [packetId]);
  const shares: Array<{ amount: string }> = await ds.query('SELECT amount FROM red_packet_shares WHERE packet_id = $1 ORDER BY seq', [packetId]);
  const [packet] = await ds.query('SELECT total_amount, remaining_amount, remaining_count, status FROM red_packets WHERE id = $1', [packetId]);
  const [ledger] = await ds.query('SELECT COALESCE(sum(delta), 0) AS total FROM ledger_entries');
  const [walletsVsLedger] = await ds.query(
    `SELECT count(*)::int AS mismatched FROM wallets w
      WHERE w.balance <> COALESCE((SELECT sum(delta) FROM ledger_entries e WHERE e.wallet_id = w.id), 0)`,
  );
  return {
    escrow: Number(escrow?.balance ?? 0),
    grabs: grabs.map((g) => ({ userId: g.user_id, amount: Number(g.amount), seq: g.seq })),
    shares: shares.map((s) => Number(s.amount)),
    total: Number(packet.total_amount),
    remainingAmount: Number(packet.remaining_amount),
    remainingCount: Number(packet.remaining_count),
    status: packet.status as string,
    ledgerSum: Number(ledger.total),
    walletsOutOfStepWithLedger: walletsVsLedger.mismatched as number,
  };
}

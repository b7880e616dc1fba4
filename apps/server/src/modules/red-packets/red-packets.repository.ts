import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RedPacketEntity } from './entities/red-packet.entity';

export const PACKET_COLUMNS = `id, room_id, merchant_id, anchor_name, anchor_avatar_url, slogan, type, total_amount, total_count,
  remaining_amount, remaining_count, min_share, max_share, valid_from, valid_until, status, seed_commitment, seed,
  request_fingerprint, ended_at, version, created_at, updated_at`;

export interface PacketRow {
  id: string;
  room_id: string;
  merchant_id: string;
  anchor_name: string;
  anchor_avatar_url: string | null;
  slogan: string;
  type: RedPacketEntity['type'];
  total_amount: string;
  total_count: number;
  remaining_amount: string;
  remaining_count: number;
  min_share: string;
  max_share: string;
  valid_from: Date;
  valid_until: Date;
  status: RedPacketEntity['status'];
  seed_commitment: string;
  seed: string;
  request_fingerprint: string;
  ended_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toEntity(r: PacketRow): RedPacketEntity {
  return Object.assign(new RedPacketEntity(), {
    id: r.id,
    roomId: r.room_id,
    merchantId: r.merchant_id,
    anchorName: r.anchor_name,
    anchorAvatarUrl: r.anchor_avatar_url,
    slogan: r.slogan,
    type: r.type,
    totalAmount: Number(r.total_amount),
    totalCount: r.total_count,
    remainingAmount: Number(r.remaining_amount),
    remainingCount: r.remaining_count,
    minShare: Number(r.min_share),
    maxShare: Number(r.max_share),
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    status: r.status,
    seedCommitment: r.seed_commitment,
    seed: r.seed,
    requestFingerprint: r.request_fingerprint,
    endedAt: r.ended_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export interface GrabListRow {
  userId: string;
  nickname: string;
  avatarUrl: string | null;
  amount: number;
  seq: number;
  createdAt: Date;
}

export interface MyGrabRow {
  id: string;
  packetId: string;
  roomId: string;
  anchorName: string;
  amount: number;
  seq: number;
  createdAt: Date;
}

@Injectable()
export class RedPacketsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Read after every winning grab, so it is plain SQL: TypeORM's query building and hydration cost more
   * CPU than the query itself, on the one thread that serves the whole flood.
   */
  async findById(id: string, m: EntityManager = this.db.manager): Promise<RedPacketEntity | null> {
    const rows: PacketRow[] = await m.query(`SELECT ${PACKET_COLUMNS} FROM red_packets WHERE id = $1`, [id]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** Locks the packet row for the rest of the transaction (expiry and early end serialise on it). */
  findForUpdate(m: EntityManager, id: string): Promise<RedPacketEntity | null> {
    return m.createQueryBuilder(RedPacketEntity, 'p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  async insert(m: EntityManager, packet: Partial<RedPacketEntity>, shares: readonly number[]): Promise<void> {
    await m.insert(RedPacketEntity, packet);
    await m.query(
      `INSERT INTO red_packet_shares (packet_id, seq, amount)
       SELECT $1, (t.i - 1)::int, t.a FROM unnest($2::bigint[]) WITH ORDINALITY AS t(a, i)`,
      [packet.id, shares],
    );
  }

  async markOver(m: EntityManager, id: string, status: 'expired' | 'finished'): Promise<void> {
    // The moment the closer holds the row, not its transaction's start: a grab that committed while the
    // closer waited for the lock came first and must not look as if it happened after the end.
    await m.query(`UPDATE red_packets SET status = $2, ended_at = COALESCE(ended_at, clock_timestamp()), updated_at = now() WHERE id = $1`, [id, status]);
  }

  async roomOfMerchant(roomId: string, merchantId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM live_rooms WHERE id = $1 AND merchant_id = $2', [roomId, merchantId]);
    return rows.length > 0;
  }

  listByRoom(roomId: string, beforeCreated: { createdAt: string; id: string } | undefined, take: number): Promise<RedPacketEntity[]> {
    const qb = this.db.manager
      .createQueryBuilder(RedPacketEntity, 'p')
      .where('p.room_id = :roomId', { roomId })
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(take);
    if (beforeCreated) qb.andWhere('(p.created_at, p.id) < (:createdAt::timestamptz, :id::uuid)', beforeCreated);
    return qb.getMany();
  }

  /** Ids of packets still handing out whose time is up: the start-up sweep's work list. */
  async overdue(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM red_packets WHERE status IN ('scheduled', 'active') AND valid_until <= now()`,
    );
    return rows.map((r) => r.id);
  }

  async live(): Promise<Array<{ id: string; validUntil: Date }>> {
    const rows: Array<{ id: string; valid_until: Date }> = await this.db.query(`SELECT id, valid_until FROM red_packets WHERE status IN ('scheduled', 'active')`);
    return rows.map((r) => ({ id: r.id, validUntil: r.valid_until }));
  }

  async grabs(packetId: string, afterSeq: number | undefined, take: number): Promise<GrabListRow[]> {
    const rows: Array<{ user_id: string; nickname: string; avatar_url: string | null; amount: string; seq: number; created_at: Date }> =
      await this.db.query(
        `SELECT user_id, nickname, avatar_url, amount, seq, created_at FROM red_packet_grabs
          WHERE packet_id = $1 AND ($2::int IS NULL OR seq > $2::int) ORDER BY seq LIMIT $3`,
        [packetId, afterSeq ?? null, take],
      );
    return rows.map((r) => ({ userId: r.user_id, nickname: r.nickname, avatarUrl: r.avatar_url, amount: Number(r.amount), seq: r.seq, createdAt: r.created_at }));
  }

  /** The luckiest grab of a packet: largest amount, earliest grab on a tie. */
  async luckiestSeq(packetId: string): Promise<number | null> {
    const rows: Array<{ seq: number }> = await this.db.query(
      'SELECT seq FROM red_packet_grabs WHERE packet_id = $1 ORDER BY amount DESC, seq ASC LIMIT 1',
      [packetId],
    );
    return rows[0]?.seq ?? null;
  }

  async myGrabs(userId: string, beforeId: string | undefined, take: number): Promise<MyGrabRow[]> {
    const rows: Array<{ id: string; packet_id: string; room_id: string; anchor_name: string; amount: string; seq: number; created_at: Date }> =
      await this.db.query(
        `SELECT g.id, g.packet_id, p.room_id, p.anchor_name, g.amount, g.seq, g.created_at
           FROM red_packet_grabs g JOIN red_packets p ON p.id = g.packet_id
          WHERE g.user_id = $1 AND ($2::bigint IS NULL OR g.id < $2::bigint) ORDER BY g.id DESC LIMIT $3`,
        [userId, beforeId ?? null, take],
      );
    return rows.map((r) => ({ id: r.id, packetId: r.packet_id, roomId: r.room_id, anchorName: r.anchor_name, amount: Number(r.amount), seq: r.seq, createdAt: r.created_at }));
  }

  async myGrab(packetId: string, userId: string): Promise<{ amount: number; seq: number } | null> {
    const rows: Array<{ amount: string; seq: number }> = await this.db.query(
      'SELECT amount, seq FROM red_packet_grabs WHERE packet_id = $1 AND user_id = $2',
      [packetId, userId],
    );
    return rows[0] ? { amount: Number(rows[0].amount), seq: rows[0].seq } : null;
  }

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

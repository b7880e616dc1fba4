import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RedPacketEntity } from './entities/red-packet.entity';
import { PACKET_COLUMNS, type PacketRow, toEntity } from './red-packets.repository';

export interface PacketSummaryRow {
  packet: RedPacketEntity;
  grabbedCount: number;
  grabbedAmount: number;
  refundedAmount: number;
  luckiest: { nickname: string; amount: number; seq: number } | null;
}

interface SummaryRow extends PacketRow {
  grabbed_count: number;
  grabbed_amount: string;
  refunded_amount: string;
  lucky_nickname: string | null;
  lucky_amount: string | null;
  lucky_seq: number | null;
}

const prefixed = PACKET_COLUMNS.split(',').map((c) => `p.${c.trim()}`).join(', ');

/** The merchant console's list: each packet with its grabs, luckiest grab and refund, in one query. */
@Injectable()
export class RedPacketSummariesRepository {
  constructor(private readonly db: DataSource) {}

  async listByMerchant(merchantId: string, before: { createdAt: string; id: string } | undefined, take: number): Promise<PacketSummaryRow[]> {
    const rows: SummaryRow[] = await this.db.query(
      `SELECT ${prefixed}, g.grabbed_count, g.grabbed_amount, l.nickname AS lucky_nickname, l.amount AS lucky_amount, l.seq AS lucky_seq,
              -- The credit leg of refund:<id>, the one key both the expiry job and an early end refund under.
              (SELECT COALESCE(sum(e.delta), 0) FROM ledger_entries e WHERE e.idempotency_key = 'refund:' || p.id::text AND e.delta > 0) AS refunded_amount
         FROM red_packets p
         CROSS JOIN LATERAL (SELECT count(*)::int AS grabbed_count, COALESCE(sum(amount), 0) AS grabbed_amount FROM red_packet_grabs WHERE packet_id = p.id) g
         LEFT JOIN LATERAL (SELECT nickname, amount, seq FROM red_packet_grabs WHERE packet_id = p.id ORDER BY amount DESC, seq ASC LIMIT 1) l ON true
        WHERE p.merchant_id = $1 AND ($2::timestamptz IS NULL OR (p.created_at, p.id) < ($2::timestamptz, $3::uuid))
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $4`,
      [merchantId, before?.createdAt ?? null, before?.id ?? null, take],
    );
    return rows.map((r) => ({
      packet: toEntity(r),
      grabbedCount: r.grabbed_count,
      grabbedAmount: Number(r.grabbed_amount),
      refundedAmount: Number(r.refunded_amount),
      luckiest: r.lucky_seq === null ? null : { nickname: r.lucky_nickname ?? '', amount: Number(r.lucky_amount), seq: r.lucky_seq },
    }));
  }
}

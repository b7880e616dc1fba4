import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CreateRedPacketRequest,
  type GrabRecord,
  type GrabResult,
  type MyGrab,
  type PageQuery,
  RED_PACKET_DEFAULT_SLOGAN,
  RED_PACKET_MAX_DURATION_MS,
  RED_PACKET_MAX_SHARE_FEN,
  type RedPacket,
} from '@livemall/shared';
import { commit, SplitError, splitFromSeed } from '@livemall/split';
import { generateSeed } from '@livemall/split/node';
import { z } from 'zod';
import { DomainEvents } from '../../common/events/domain-events';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { Jobs } from '../../jobs/jobs';
import { MerchantsRepository } from '../merchants/merchants.repository';
import { UsersRepository } from '../users/users.repository';
import { walletErrors } from '../wallet/wallet.errors';
import { InsufficientBalance, WalletRepository } from '../wallet/wallet.repository';
import type { RedPacketEntity } from './entities/red-packet.entity';
import { GRAB_STRATEGY, type GrabStrategy } from './grab/grab-strategy';
import { RedPacketCloser } from './red-packet-closer';
import { toRedPacketDto } from './red-packet.mapper';
import { redPacketErrors } from './red-packets.errors';
import { RedPacketsRepository } from './red-packets.repository';

export const EXPIRY_QUEUE = 'red-packet-expiry';
// A packet may be scheduled to open a little in the past (clock skew between the merchant and us).
const START_SLACK_MS = 5 * 60_000;

const seqCursor = z.object({ seq: z.number().int().nonnegative() });
const idCursor = z.object({ id: z.string().regex(/^\d+$/) });
const roomCursor = z.object({ createdAt: z.string(), id: z.string().uuid() });

@Injectable()
export class RedPacketsService {
  private readonly facts = new Map<string, RedPacketEntity>();

  constructor(
    private readonly packets: RedPacketsRepository,
    private readonly wallets: WalletRepository,
    private readonly merchants: MerchantsRepository,
    private readonly users: UsersRepository,
    private readonly closer: RedPacketCloser,
    private readonly jobs: Jobs,
    private readonly events: DomainEvents,
    @Inject(GRAB_STRATEGY) private readonly strategy: GrabStrategy,
  ) {}

  /**
   * Checks, splits from a fresh secret seed, and in one transaction stores the packet and its shares and
   * moves the money from the merchant to the packet's escrow. Retrying the same request returns the
   * same packet; reusing its id for a different request is refused.
   */
  async create(ownerUserId: string, input: CreateRedPacketRequest): Promise<RedPacket> {
    const merchant = await this.merchants.findByOwner(ownerUserId);
    if (!merchant) throw walletErrors.notAMerchant();
    const fingerprint = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const existing = await this.packets.findById(input.requestId);
    if (existing) return this.replay(existing, merchant.id, fingerprint);
    if (!(await this.packets.roomOfMerchant(input.roomId, merchant.id))) throw redPacketErrors.roomNotFound();

    const now = Date.now();
    const validFrom = input.validFrom ? new Date(input.validFrom) : new Date(now);
    const validUntil = new Date(input.validUntil);
    if (validFrom.getTime() < now - START_SLACK_MS) throw redPacketErrors.infeasible('validFrom is in the past', 'validFrom');
    if (validUntil.getTime() <= now) throw redPacketErrors.infeasible('validUntil is in the past', 'validUntil');
    if (validUntil.getTime() - validFrom.getTime() > RED_PACKET_MAX_DURATION_MS) throw redPacketErrors.infeasible('a packet stays open for at most 24 hours', 'validUntil');

    const seed = generateSeed();
    const algorithm = input.type === 'lucky' ? 'doubleMean' : 'equal';
    let shares: number[];
    try {
      shares = splitFromSeed(seed, input.totalAmount, input.totalCount, algorithm, { min: 1, max: RED_PACKET_MAX_SHARE_FEN });
    } catch (error) {
      if (error instanceof SplitError) throw redPacketErrors.infeasible(error.message);
      throw error;
    }
    const row: Partial<RedPacketEntity> = {
      id: input.requestId,
      roomId: input.roomId,
      merchantId: merchant.id,
      anchorName: input.anchorName ?? (await this.users.findById(ownerUserId))?.nickname ?? merchant.name,
      anchorAvatarUrl: input.anchorAvatarUrl ?? merchant.logoUrl,
      slogan: input.slogan ?? RED_PACKET_DEFAULT_SLOGAN,
      type: input.type,
      totalAmount: input.totalAmount,
      totalCount: input.totalCount,
      remainingAmount: input.totalAmount,
      remainingCount: input.totalCount,
      minShare: 1,
      maxShare: RED_PACKET_MAX_SHARE_FEN,
      validFrom,
      validUntil,
      status: validFrom.getTime() > now ? 'scheduled' : 'active',
      seed,
      seedCommitment: commit(seed),
      requestFingerprint: fingerprint,
    };
    try {
      await this.packets.transaction(async (m) => {
        await this.packets.insert(m, row, shares);
        const from = await this.wallets.ensure('merchant', merchant.id, m);
        const to = await this.wallets.ensure('escrow', input.requestId, m);
        await this.wallets.move(m, { from, to, amount: input.totalAmount, reason: 'red_packet_fund', reference: input.requestId, key: `fund:${input.requestId}` });
      });
    } catch (error) {
      if (error instanceof InsufficientBalance) {
        throw walletErrors.insufficientBalance(input.totalAmount, await this.wallets.balanceOf('merchant', merchant.id));
      }
      // Two identical creates raced: the loser finds the winner's packet.
      const raced = await this.packets.findById(input.requestId);
      if (raced) return this.replay(raced, merchant.id, fingerprint);
      throw error;
    }
    const packet = (await this.packets.findById(input.requestId)) as RedPacketEntity;
    await this.strategy.open(packet, shares);
    await this.jobs.schedule(EXPIRY_QUEUE, { packetId: packet.id }, packet.validUntil, packet.id);
    this.events.publish({ type: 'red_packet.created', packetId: packet.id, roomId: packet.roomId, totalCount: packet.totalCount, validUntil: packet.validUntil.toISOString() });
    return toRedPacketDto(packet, null);
  }

  async get(packetId: string, viewerId: string | undefined): Promise<RedPacket> {
    const packet = await this.packets.findById(packetId);
    if (!packet) throw redPacketErrors.notFound();
    return toRedPacketDto(packet, viewerId ? await this.packets.myGrab(packetId, viewerId) : null);
  }

  /** One share per user, ever: a repeat answers ALREADY_GRABBED with the first amount. */
  async grab(packetId: string, userId: string): Promise<GrabResult> {
    const outcome = await this.strategy.grab(packetId, userId);
    if (outcome.kind === 'refused') {
      switch (outcome.reason) {
        case 'already':
          throw redPacketErrors.alreadyGrabbed(outcome.amount, outcome.seq);
        case 'empty':
          throw redPacketErrors.empty();
        case 'expired':
          throw redPacketErrors.expired();
        case 'not_started':
          throw redPacketErrors.notStarted();
        default:
          throw redPacketErrors.notFound();
      }
    }
    if (outcome.left === 0) {
      await this.strategy.close(packetId, 'finished');
      this.events.publish({ type: 'red_packet.finished', packetId, roomId: outcome.roomId });
    }
    // The packet as this grab left it, without re-reading it: only the remainder and status change.
    const packet = await this.packetFacts(packetId);
    const after = Object.assign(Object.create(packet) as RedPacketEntity, {
      remainingCount: outcome.left,
      remainingAmount: outcome.leftAmount,
      status: outcome.left === 0 ? 'finished' : 'active',
    });
    return { amount: outcome.amount, seq: outcome.seq, packet: toRedPacketDto(after, { amount: outcome.amount, seq: outcome.seq }) };
  }

  async end(ownerUserId: string, packetId: string): Promise<RedPacket> {
    const merchant = await this.merchants.findByOwner(ownerUserId);
    if (!merchant) throw walletErrors.notAMerchant();
    const packet = await this.packets.findById(packetId);
    if (!packet || packet.merchantId !== merchant.id) throw redPacketErrors.notFound();
    await this.closer.close(packetId, true);
    return this.get(packetId, undefined);
  }

  async listForRoom(ownerUserId: string, roomId: string, query: PageQuery): Promise<{ items: RedPacket[]; nextCursor: string | null }> {
    const merchant = await this.merchants.findByOwner(ownerUserId);
    if (!merchant) throw walletErrors.notAMerchant();
    if (!(await this.packets.roomOfMerchant(roomId, merchant.id))) throw redPacketErrors.roomNotFound();
    const rows = await this.packets.listByRoom(roomId, decodeCursor(roomCursor, query.cursor), query.limit + 1);
    const page = pageFrom(rows, query.limit, (p) => ({ createdAt: p.createdAt.toISOString(), id: p.id }));
    return { items: page.items.map((p) => toRedPacketDto(p, null)), nextCursor: page.nextCursor };
  }

  async grabs(packetId: string, query: PageQuery): Promise<{ items: GrabRecord[]; nextCursor: string | null }> {
    const packet = await this.packets.findById(packetId);
    if (!packet) throw redPacketErrors.notFound();
    const rows = await this.packets.grabs(packetId, decodeCursor(seqCursor, query.cursor)?.seq, query.limit + 1);
    const over = packet.status === 'finished' || packet.status === 'expired';
    const luckiest = over ? await this.packets.luckiestSeq(packetId) : null;
    const page = pageFrom(rows, query.limit, (g) => ({ seq: g.seq }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((g) => ({ ...g, createdAt: g.createdAt.toISOString(), luckiest: g.seq === luckiest })),
    };
  }

  async myGrabs(userId: string, query: PageQuery): Promise<{ items: MyGrab[]; nextCursor: string | null }> {
    const rows = await this.packets.myGrabs(userId, decodeCursor(idCursor, query.cursor)?.id, query.limit + 1);
    const page = pageFrom(rows, query.limit, (g) => ({ id: g.id }));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ id: _id, createdAt, ...g }) => ({ ...g, createdAt: createdAt.toISOString() })),
    };
  }

  /** What never changes about a packet (all but the remainder and status), read once per packet. */
  private async packetFacts(packetId: string): Promise<RedPacketEntity> {
    const known = this.facts.get(packetId);
    if (known) return known;
    const packet = await this.packets.findById(packetId);
    if (!packet) throw redPacketErrors.notFound();
    if (this.facts.size >= 1_000) this.facts.delete(this.facts.keys().next().value as string);
    this.facts.set(packetId, packet);
    return packet;
  }

  private replay(existing: RedPacketEntity, merchantId: string, fingerprint: string): RedPacket {
    if (existing.merchantId !== merchantId || existing.requestFingerprint !== fingerprint) throw walletErrors.idempotencyConflict();
    return toRedPacketDto(existing, null);
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { CreateLotteryRequest, Lottery, LotteryEntrants } from '@livemall/shared';
import { commit, drawWinners } from '@livemall/split';
import { generateSeed } from '@livemall/split/node';
import { Jobs } from '../../../jobs/jobs';
import { RoomActivity } from '../room/room-activity';
import { ROOM_BUS, type RoomBus } from '../room/room-bus';
import { RoomHub } from '../room/room-hub';
import { lotteryErrors } from './lottery.errors';
import { type LotteryRow, toLottery } from './lottery.mapper';
import { LotteryRepository } from './lottery.repository';
import { OpenLotteries } from './open-lotteries';

const DRAW_QUEUE = 'lottery-draw';

/**
 * Lotteries with commit and reveal, as red packets do it: the seed is drawn from the OS's CSPRNG when
 * the lottery starts and only its SHA-256 is shown; the draw runs `drawWinners(seed, entrants)` and
 * reveals the seed, so everyone can recompute the winners and nobody could have picked them.
 * Entrants come in on every instance: viewers watching when it starts or joining during the window,
 * or viewers commenting the keyword during the window.
 */
@Injectable()
export class LotteryService implements OnApplicationBootstrap {
  private readonly openLotteries = new OpenLotteries();
  private readonly log = new Logger('LotteryService');

  constructor(
    private readonly lotteries: LotteryRepository,
    private readonly jobs: Jobs,
    private readonly activity: RoomActivity,
    private readonly hub: RoomHub,
    @Inject(ROOM_BUS) private readonly bus: RoomBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const row of await this.lotteries.open()) this.openLotteries.add(toLottery(row));
    this.bus.subscribe((roomId, event) => {
      if (event.type === 'lottery_started') {
        this.openLotteries.add(event.lottery);
        if (event.lottery.participation.kind === 'viewers') void this.enter(event.lottery.id, this.hub.usersIn(roomId).map((u) => u.id));
      } else if (event.type === 'lottery_result') this.openLotteries.remove(event.lottery);
    });
    this.activity.onJoin(async (roomId, user) => {
      for (const l of this.openLotteries.watching(roomId)) await this.enter(l.id, [user.id]);
    });
    this.activity.onComment(async (roomId, user, text) => {
      for (const l of this.openLotteries.keywordIn(roomId, text)) await this.enter(l.id, [user.id]);
    });
    await this.jobs.work<{ lotteryId: string }>(DRAW_QUEUE, async ({ lotteryId }) => {
      await this.draw(lotteryId);
    });
  }

  async create(userId: string, roomId: string, body: CreateLotteryRequest): Promise<Lottery> {
    const { merchant, room } = await this.lotteries.roomOfOwner(userId, roomId);
    if (!merchant) throw lotteryErrors.notAMerchant();
    if (!room) throw lotteryErrors.roomNotFound();
    // A retry after the room went off air still answers with the lottery it started.
    const earlier = await this.lotteries.find(body.requestId);
    if (earlier && !sameLottery(earlier, roomId, body)) throw lotteryErrors.idempotencyConflict();
    if (!earlier && room.status !== 'live') throw lotteryErrors.notLive();
    const seed = generateSeed();
    const participation = body.participation;
    const inserted = earlier
      ? null
      : await this.lotteries.insert({
          id: body.requestId,
          roomId,
          prize: body.prize,
          winnerCount: body.winners,
          kind: participation.kind,
          keyword: participation.kind === 'keyword' ? participation.keyword : null,
          endsAt: new Date(Date.now() + body.durationSeconds * 1000),
          seed,
          commitment: commit(seed),
        });
    // Null only when a concurrent retry inserted it first.
    const row = inserted ?? earlier ?? (await this.lotteries.find(body.requestId));
    if (!row || !sameLottery(row, roomId, body)) throw lotteryErrors.idempotencyConflict();
    // Scheduling again on a retry is harmless (one job per lottery) and repairs a crash between the two.
    await this.jobs.schedule(DRAW_QUEUE, { lotteryId: row.id }, new Date(row.ends_at), row.id);
    const lottery = toLottery(row);
    if (inserted) await this.bus.publish(roomId, { type: 'lottery_started', lottery });
    return lottery;
  }

  /** Draws once; later calls (the job, a retry, the merchant) get the same result and announce nothing. */
  async draw(lotteryId: string, byUserId?: string): Promise<Lottery> {
    if (byUserId !== undefined && (await this.lotteries.ownerOf(lotteryId)) !== byUserId) throw lotteryErrors.notFound();
    const { row, fresh } = await this.lotteries.transaction(async (m) => {
      const locked = await this.lotteries.find(lotteryId, m, true);
      if (!locked) throw lotteryErrors.notFound();
      if (locked.status === 'drawn') return { row: locked, fresh: false };
      const entrants = await this.lotteries.entrants(lotteryId, m);
      const picked = drawWinners(locked.seed, entrants, locked.winner_count);
      const names = await this.lotteries.nicknames(m, picked);
      const winners = picked.map((id) => ({ userId: id, nickname: names.get(id) ?? '观众' }));
      return { row: await this.lotteries.markDrawn(m, lotteryId, winners, entrants.length), fresh: true };
    });
    const lottery = toLottery(row);
    if (fresh) {
      await this.bus.publish(row.room_id, { type: 'lottery_result', lottery }).catch((e: unknown) => this.log.error(`lottery ${lotteryId} result not announced: ${String(e)}`));
    }
    return lottery;
  }

  async get(id: string): Promise<Lottery> {
    const row = await this.lotteries.find(id);
    if (!row) throw lotteryErrors.notFound();
    return toLottery(row);
  }

  async entrants(id: string): Promise<LotteryEntrants> {
    if (!(await this.lotteries.find(id))) throw lotteryErrors.notFound();
    return { lotteryId: id, entrants: await this.lotteries.entrants(id) };
  }

  private async enter(lotteryId: string, userIds: string[]): Promise<void> {
    await this.lotteries.enter(lotteryId, userIds).catch((e: unknown) => this.log.error(`entering ${userIds.length} in ${lotteryId} failed: ${String(e)}`));
  }
}

function sameLottery(row: LotteryRow, roomId: string, body: CreateLotteryRequest): boolean {
  const keyword = body.participation.kind === 'keyword' ? body.participation.keyword : null;
  return row.room_id === roomId && row.prize === body.prize && row.winner_count === body.winners && row.kind === body.participation.kind && row.keyword === keyword;
}

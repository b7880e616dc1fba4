import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { RedPacketEntity } from '../entities/red-packet.entity';
import type { GrabOutcome, GrabStrategy } from './grab-strategy';
import { GrabBatcher } from './grab-batcher';
import { GrabWriter, uniqueViolation, type WrittenGrab } from './grab-writer.repository';
import { GIVE_BACK_LUA, GRAB_LUA, packetKeys } from './redis-grab.scripts';
import { dependencyDown } from '../../../common/errors/dependency-down';
import { PostgresGrabStrategy } from './postgres-grab.strategy';

type Reply = [string, string?];
type Winner = { userId: string; seq: number; amount: number };
interface ScriptedRedis extends Redis {
  rpGrab(shares: string, users: string, meta: string, userId: string): Promise<Reply>;
  rpGiveBack(shares: string, users: string, userId: string, item: string, pushBack: '0' | '1'): Promise<number>;
}

// Keys outlive the packet by a day, for late repeats; PostgreSQL keeps the record for ever.
const KEEP_AFTER_MS = 86_400_000;
const MAX_ATTEMPTS = 3;
const REBUILD_WAIT_MS = 3000;
/** Longer than a winner's PostgreSQL write takes even in a storm's batches. */
const WRITE_GRACE_MS = 3000;

const parseItem = (item: string) => {
  const [seq, amount] = item.split(':').map(Number);
  return { seq: seq as number, amount: amount as number };
};

/**
 * Scale-out mode: a Lua script over the pre-split shares decides who wins (tens of thousands per second
 * on one Redis), and only winners reach PostgreSQL, in one statement. If that write fails the share and
 * the user mark go back; a packet whose Redis state is gone (a flush, a failover) is rebuilt from
 * PostgreSQL, which stays the judge: its unique keys refuse any share or user twice.
 */
export class RedisGrabStrategy implements GrabStrategy {
  readonly name = 'redis' as const;
  private readonly redis: ScriptedRedis;
  private readonly winners: GrabBatcher<Winner, WrittenGrab>;
  private readonly withoutRedis: PostgresGrabStrategy;

  constructor(
    redis: Redis,
    private readonly writer: GrabWriter,
    private readonly db: DataSource,
  ) {
    redis.defineCommand('rpGrab', { numberOfKeys: 3, lua: GRAB_LUA });
    redis.defineCommand('rpGiveBack', { numberOfKeys: 2, lua: GIVE_BACK_LUA });
    this.redis = redis as ScriptedRedis;
    this.withoutRedis = new PostgresGrabStrategy(writer);
    // Winners are written to PostgreSQL in batches; anything a batch cannot take all of goes one by one.
    this.winners = new GrabBatcher<Winner, WrittenGrab>(
      (w) => w.userId,
      async (packetId, items) => {
        const written = await writer.takeGiven(packetId, items);
        if (written.size !== items.length) throw new Error('batch refused');
        return written;
      },
      async (packetId, w) => (await writer.takeGiven(packetId, [w])).get(w.userId) ?? null,
    );
  }

  async open(packet: RedPacketEntity): Promise<void> {
    // Redis down: the packet is committed in PostgreSQL; the first grab after Redis is back rebuilds it.
    await this.reconcile(packet.id).catch(ignoreRedisDown);
  }

  /**
   * Redis unreachable: the grab is decided by PostgreSQL alone, as without Redis. That is safe whatever
   * state Redis comes back with: a share PostgreSQL gave out meanwhile is refused by its unique key when
   * Redis hands it out again (and dropped there), and so is a second grab by the same user.
   */
  async grab(packetId: string, userId: string): Promise<GrabOutcome> {
    try {
      return await this.grabThroughRedis(packetId, userId);
    } catch (error) {
      if (dependencyDown(error) !== 'redis') throw error;
      return this.withoutRedis.grab(packetId, userId);
    }
  }

  private async grabThroughRedis(packetId: string, userId: string): Promise<GrabOutcome> {
    const k = packetKeys(packetId);
    for (let attempt = 1; ; attempt++) {
      const [verdict, item] = await this.redis.rpGrab(k.shares, k.users, k.meta, userId);
      switch (verdict) {
        case 'missing':
          if (attempt >= MAX_ATTEMPTS) return this.fromPostgres(packetId, userId);
          await this.reconcile(packetId);
          continue;
        // Losers never reach PostgreSQL: that is the point of the gate.
        case 'expired':
        case 'empty':
        case 'not_started':
          return { kind: 'refused', reason: verdict };
        case 'over':
          return this.fromPostgres(packetId, userId);
        case 'already': {
          const held = await this.held(packetId, userId);
          if (held) return { kind: 'refused', reason: 'already', ...held };
          // Redis marks a win PostgreSQL never got: the instance writing it died between the two. The
          // user holds nothing, so the packet is rebuilt (the share freed, the mark gone) and tried again.
          if (attempt >= MAX_ATTEMPTS) return this.fromPostgres(packetId, userId);
          await this.reconcile(packetId);
          continue;
        }
        case 'grabbed': {
          const outcome = await this.record(packetId, userId, item as string);
          if (outcome !== 'retry') return outcome;
          if (attempt >= MAX_ATTEMPTS) return this.fromPostgres(packetId, userId);
          continue;
        }
        default:
          throw new Error(`unexpected grab script reply ${String(verdict)}`);
      }
    }
  }

  /** Writes a Redis winner to PostgreSQL; on failure undoes the Redis side so the books stay one. */
  private async record(packetId: string, userId: string, item: string): Promise<GrabOutcome | 'retry'> {
    const k = packetKeys(packetId);
    const { seq, amount } = parseItem(item);
    try {
      const won = await this.winners.submit(packetId, { userId, seq, amount });
      if (won) return { kind: 'grabbed', ...won };
      // PostgreSQL says the packet is over: keep the share out of circulation and answer from there.
      await this.redis.rpGiveBack(k.shares, k.users, userId, item, '0');
      const outcome = await this.fromPostgres(packetId, userId);
      if (outcome.kind === 'refused' && (outcome.reason === 'empty' || outcome.reason === 'expired')) {
        await this.close(packetId, outcome.reason === 'empty' ? 'finished' : 'expired');
      }
      return outcome;
    } catch (error) {
      const hit = uniqueViolation(error);
      if (hit === 'red_packet_grabs_packet_user_key') {
        // The user won before (Redis lost that mark): the share goes back for someone else.
        await this.redis.rpGiveBack(k.shares, k.users, userId, item, '1');
        const first = await this.writer.existing(packetId, userId);
        if (first) {
          await this.redis.hset(k.users, userId, `${first.seq}:${first.amount}`);
          return { kind: 'refused', reason: 'already', ...first };
        }
        return 'retry';
      }
      if (hit === 'red_packet_grabs_packet_seq_key') {
        // Someone holds this share already (Redis was rebuilt while their write was in flight): drop it.
        await this.redis.rpGiveBack(k.shares, k.users, userId, item, '0');
        return 'retry';
      }
      await this.redis.rpGiveBack(k.shares, k.users, userId, item, '1');
      throw error;
    }
  }

  /**
   * The share PostgreSQL has for a user Redis says already won. A repeat can race the first grab's write
   * (a double tap), so its absence counts only once that write would long have finished.
   */
  private async held(packetId: string, userId: string): Promise<{ seq: number; amount: number } | null> {
    for (const until = Date.now() + WRITE_GRACE_MS; ; ) {
      const first = await this.writer.existing(packetId, userId);
      if (first || Date.now() >= until) return first;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async fromPostgres(packetId: string, userId: string): Promise<GrabOutcome> {
    const first = await this.writer.existing(packetId, userId);
    if (first) return { kind: 'refused', reason: 'already', ...first };
    return { kind: 'refused', reason: await this.writer.refusal(packetId) };
  }

  async close(packetId: string, why: 'finished' | 'expired'): Promise<void> {
    // PostgreSQL has closed it already. If Redis cannot be told, a later Redis winner is refused by
    // PostgreSQL and closes it then; a Redis that lost its data rebuilds the status from PostgreSQL.
    await this.redis.hset(packetKeys(packetId).meta, 'status', why).catch(ignoreRedisDown);
  }

  /**
   * Rebuilds a packet's Redis state from PostgreSQL: the shares nobody holds, in order; the users who
   * hold one; whether it is open. One rebuild at a time per packet (a short Redis lock).
   */
  async reconcile(packetId: string): Promise<void> {
    const k = packetKeys(packetId);
    const locked = await this.redis.set(k.lock, '1', 'PX', 5000, 'NX');
    if (!locked) {
      // Someone else is rebuilding it: wait for their result rather than answering from a half state.
      for (const until = Date.now() + REBUILD_WAIT_MS; Date.now() < until; ) {
        if (!(await this.redis.exists(k.lock))) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      return;
    }
    try {
      const packets: Array<{ status: string; valid_from: Date; valid_until: Date }> = await this.db.query(
        'SELECT status, valid_from, valid_until FROM red_packets WHERE id = $1',
        [packetId],
      );
      const packet = packets[0];
      if (!packet) return;
      const free: Array<{ seq: number; amount: string }> = await this.db.query(
        `SELECT s.seq, s.amount FROM red_packet_shares s
          WHERE s.packet_id = $1 AND NOT EXISTS (SELECT 1 FROM red_packet_grabs g WHERE g.packet_id = s.packet_id AND g.seq = s.seq)
          ORDER BY s.seq`,
        [packetId],
      );
      const held: Array<{ user_id: string; seq: number; amount: string }> = await this.db.query(
        'SELECT user_id, seq, amount FROM red_packet_grabs WHERE packet_id = $1',
        [packetId],
      );
      const status = packet.status === 'active' || packet.status === 'scheduled' ? 'open' : packet.status;
      const expireAt = packet.valid_until.getTime() + KEEP_AFTER_MS;
      const tx = this.redis.multi().del(k.shares, k.users, k.meta);
      for (let i = 0; i < free.length; i += 1000) tx.rpush(k.shares, ...free.slice(i, i + 1000).map((s) => `${s.seq}:${s.amount}`));
      for (let i = 0; i < held.length; i += 1000) {
        tx.hset(k.users, Object.fromEntries(held.slice(i, i + 1000).map((g) => [g.user_id, `${g.seq}:${g.amount}`])));
      }
      tx.hset(k.meta, { status, from: packet.valid_from.getTime(), until: packet.valid_until.getTime() });
      for (const key of [k.shares, k.users, k.meta]) tx.pexpireat(key, expireAt);
      await tx.exec();
    } finally {
      await this.redis.del(k.lock);
    }
  }
}

function ignoreRedisDown(error: unknown): void {
  if (dependencyDown(error) !== 'redis') throw error;
}

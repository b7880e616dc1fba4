import type { RoomEvent } from '@livemall/shared';
import { roomEventSchema } from '@livemall/shared';
import type Redis from 'ioredis';
import { ROOM_HISTORY, type RoomBus, type RoomEventHandler, type RoomEventInput } from './room-bus';

// One script numbers, keeps and publishes an event, so the room's order is the same on every instance:
// nothing can be published between taking a seq and sending it.
// ARGV[5] is the highest seq this instance has seen in the room: if Redis lost the counter (a restart
// without persistence, a failover) numbering resumes above it, because clients drop any event whose seq
// is not above the last one they saw and would otherwise ignore the room until they reconnect.
const PUBLISH_LUA = `
if tonumber(redis.call('GET', KEYS[1]) or '0') < tonumber(ARGV[5]) then redis.call('SET', KEYS[1], ARGV[5]) end
local seq = redis.call('INCR', KEYS[1])
local framed = seq .. '|' .. ARGV[2]
redis.call('RPUSH', KEYS[2], framed)
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[3]), -1)
redis.call('PUBLISH', ARGV[1], ARGV[4] .. '|' .. framed)
return seq`;

type BusRedis = Redis & { roomPublish(seqKey: string, historyKey: string, channel: string, json: string, keep: number, roomId: string, floor: number): Promise<number> };

/** Rooms whose last seq an instance remembers; the oldest are forgotten past this. */
const SEEN_ROOMS = 10_000;

const keys = (roomId: string) => ({ seq: `room:{${roomId}}:seq`, history: `room:{${roomId}}:events` });

/**
 * Scale-out mode: every instance publishes through Redis and hears every room's events on one channel.
 * Resume history is a capped list per room.
 */
export class RedisRoomBus implements RoomBus {
  private readonly handlers: RoomEventHandler[] = [];
  private readonly channel: string;
  private readonly redis: BusRedis;
  private readonly seen = new Map<string, number>();

  private constructor(
    redis: Redis,
    private readonly subscriber: Redis,
  ) {
    this.redis = redis as BusRedis;
    // Channels are not keys: ioredis does not prefix them, so the prefix is added here.
    this.channel = `${redis.options.keyPrefix ?? ''}room-events`;
    this.redis.defineCommand('roomPublish', { numberOfKeys: 2, lua: PUBLISH_LUA });
  }

  static async connect(redis: Redis): Promise<RedisRoomBus> {
    // Its one command is the subscribe below, sent while it is still connecting: it needs the queue.
    const subscriber = redis.duplicate({ enableOfflineQueue: true });
    const bus = new RedisRoomBus(redis, subscriber);
    subscriber.on('message', (_channel: string, message: string) => bus.deliver(message));
    await subscriber.subscribe(bus.channel);
    return bus;
  }

  async publish(roomId: string, input: RoomEventInput): Promise<RoomEvent> {
    const k = keys(roomId);
    const json = JSON.stringify(input);
    const seq = await this.redis.roomPublish(k.seq, k.history, this.channel, json, ROOM_HISTORY, roomId, this.seen.get(roomId) ?? 0);
    this.saw(roomId, seq);
    return { ...input, seq } as RoomEvent;
  }

  subscribe(handler: RoomEventHandler): void {
    this.handlers.push(handler);
  }

  async currentSeq(roomId: string): Promise<number> {
    return Number((await this.redis.get(keys(roomId).seq)) ?? 0);
  }

  async since(roomId: string, since: number): Promise<RoomEvent[] | null> {
    const [current, kept] = await Promise.all([this.currentSeq(roomId), this.redis.lrange(keys(roomId).history, 0, -1)]);
    const events = kept.map(parseFramed).filter((e): e is RoomEvent => e !== null);
    const oldest = events[0]?.seq ?? current + 1;
    if (since < oldest - 1 || since > current) return null;
    return events.filter((e) => e.seq > since);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
  }

  private saw(roomId: string, seq: number): void {
    if ((this.seen.get(roomId) ?? 0) >= seq) return;
    this.seen.delete(roomId);
    if (this.seen.size >= SEEN_ROOMS) this.seen.delete(this.seen.keys().next().value as string);
    this.seen.set(roomId, seq);
  }

  private deliver(message: string): void {
    const bar = message.indexOf('|');
    const roomId = message.slice(0, bar);
    const event = parseFramed(message.slice(bar + 1));
    if (!event) return;
    this.saw(roomId, event.seq);
    for (const handler of this.handlers) handler(roomId, event);
  }
}

function parseFramed(framed: string): RoomEvent | null {
  const bar = framed.indexOf('|');
  const parsed = roomEventSchema.safeParse({ ...JSON.parse(framed.slice(bar + 1)), seq: Number(framed.slice(0, bar)) });
  return parsed.success ? parsed.data : null;
}

import type Redis from 'ioredis';
import type { FlashSalesRepository, SaleRow } from '../flash-sales.repository';
import type { FlashGate, GateVerdict } from './flash-gate';
import { ENTER_LUA, GIVE_BACK_LUA, LEAVE_LUA, SEED_LUA, saleKeys } from './redis-flash-gate.scripts';

interface ScriptedRedis extends Redis {
  fsEnter(left: string, users: string, requests: string, userId: string, quantity: number, limit: number, requestId: string, ttl: number): Promise<string>;
  fsLeave(left: string, users: string, requests: string, userId: string, quantity: number, requestId: string): Promise<number>;
  fsGiveBack(left: string, users: string, userId: string, quantity: number): Promise<number>;
  fsSeed(left: string, users: string, ...args: Array<string | number>): Promise<number>;
}

// Keys outlive the sale by a day (late retries); PostgreSQL keeps the record for ever.
const KEEP_AFTER_MS = 86_400_000;

/**
 * Scale-out mode: one Lua script checks the buyer's quota and the units left and takes both at once, so
 * of a storm of buyers only as many as there are units reach PostgreSQL, which still decides. If the
 * order then fails, the units and quota go back. State lost in Redis (a flush, a failover) is seeded
 * again from PostgreSQL on the next buy.
 */
export class RedisFlashGate implements FlashGate {
  readonly name = 'redis' as const;
  private readonly redis: ScriptedRedis;
  private readonly seeding = new Map<string, Promise<void>>();

  constructor(
    redis: Redis,
    private readonly sales: FlashSalesRepository,
  ) {
    redis.defineCommand('fsEnter', { numberOfKeys: 3, lua: ENTER_LUA });
    redis.defineCommand('fsLeave', { numberOfKeys: 3, lua: LEAVE_LUA });
    redis.defineCommand('fsGiveBack', { numberOfKeys: 2, lua: GIVE_BACK_LUA });
    redis.defineCommand('fsSeed', { numberOfKeys: 2, lua: SEED_LUA });
    this.redis = redis as ScriptedRedis;
  }

  async open(sale: SaleRow): Promise<void> {
    await this.seed(sale.id, sale.endsAt);
  }

  async enter(sale: SaleRow, userId: string, requestId: string, quantity: number): Promise<GateVerdict> {
    const k = saleKeys(sale.id);
    for (let attempt = 1; ; attempt++) {
      const verdict = await this.redis.fsEnter(k.left, k.users, k.requests, userId, quantity, sale.perUserLimit, requestId, ttl(sale.endsAt));
      if (verdict !== 'missing') return verdict as GateVerdict;
      // Seeded and gone again at once (a flush loop): let PostgreSQL alone decide rather than spin.
      if (attempt >= 2) return 'go';
      await this.seed(sale.id, sale.endsAt);
    }
  }

  async leave(saleId: string, userId: string, requestId: string, quantity: number): Promise<void> {
    const k = saleKeys(saleId);
    await this.redis.fsLeave(k.left, k.users, k.requests, userId, quantity, requestId);
  }

  async giveBack(saleId: string, userId: string, quantity: number): Promise<void> {
    const k = saleKeys(saleId);
    await this.redis.fsGiveBack(k.left, k.users, userId, quantity);
  }

  async close(saleId: string): Promise<void> {
    const k = saleKeys(saleId);
    await this.redis.del(k.left, k.users, k.requests);
  }

  /** Once at a time per sale in this process; the script itself refuses to overwrite existing state. */
  private seed(saleId: string, endsAt: Date): Promise<void> {
    let running = this.seeding.get(saleId);
    if (!running) {
      running = (async () => {
        const sale = await this.sales.find(saleId);
        if (!sale) return;
        const pairs = (await this.sales.buyers(saleId)).flatMap((b) => [b.userId, b.units]);
        const k = saleKeys(saleId);
        await this.redis.fsSeed(k.left, k.users, sale.settledAt ? 0 : sale.unitsLeft, ttl(endsAt), ...pairs);
      })().finally(() => this.seeding.delete(saleId));
      this.seeding.set(saleId, running);
    }
    return running;
  }
}

const ttl = (endsAt: Date) => Math.max(new Date(endsAt).getTime() - Date.now(), 0) + KEEP_AFTER_MS;

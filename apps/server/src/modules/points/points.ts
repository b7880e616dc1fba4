import { Injectable } from '@nestjs/common';
import { type LedgerReason, WELCOME_POINTS } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { WalletRepository } from '../wallet/wallet.repository';
import { PointLotsRepository } from './point-lots.repository';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';
import { addMonths, takeFromLots } from './points-rules';

/**
 * Where points come from and go to: a system-type wallet of its own (it may go negative, like the money
 * system wallet), so points never mix with money in any balance.
 */
export const POINTS_SYSTEM_OWNER = '00000000-0000-0000-0000-000000000001';

export interface PointsMove {
  amount: number;
  reason: LedgerReason;
  reference: string;
  /** The ledger key (and, for a credit, the lot's source key): a retry moves nothing. */
  key: string;
}

export interface PointsWallets {
  user: string;
  system: string;
}

/**
 * A user's points: a ledgered balance in a `points` wallet, made of lots that expire. Every change goes
 * through here, inside the caller's transaction, and starts by locking the user's points wallet, so the
 * lots always sum to the balance and two changes of one user never deadlock.
 */
@Injectable()
export class Points {
  constructor(
    private readonly wallets: WalletRepository,
    private readonly lots: PointLotsRepository,
    private readonly repo: PointsRepository,
    private readonly clock: PointsClock,
  ) {}

  /** The user's points wallet and the system points wallet (locked), crediting the welcome points the first time. */
  async open(m: EntityManager, userId: string): Promise<PointsWallets> {
    const user = await this.wallets.ensure('points', userId, m);
    const system = await this.wallets.ensure('system', POINTS_SYSTEM_OWNER, m);
    await this.lots.lockWallet(m, user);
    await this.creditTo(m, userId, { user, system }, { amount: WELCOME_POINTS, reason: 'welcome_points', reference: userId, key: `welcome:${userId}` });
    return { user, system };
  }

  /** Earns points as a new lot; false when the key was used before. */
  async credit(m: EntityManager, userId: string, c: PointsMove): Promise<boolean> {
    if (c.amount <= 0) return false;
    return this.creditTo(m, userId, await this.open(m, userId), c);
  }

  /**
   * Spends points from the lots that expire first, after expiring the user's overdue lots (so a spend never
   * uses points that should be gone). Throws `InsufficientBalance` when short; false for a used key.
   */
  async spend(m: EntityManager, userId: string, s: PointsMove): Promise<boolean> {
    const w = await this.open(m, userId);
    await this.expireDue(m, userId, w);
    return this.spendFrom(m, userId, w, s);
  }

  /** Spends up to `s.amount`, as much as the user has; returns what was taken (0 for a used key). */
  async spendUpTo(m: EntityManager, userId: string, s: PointsMove): Promise<number> {
    const w = await this.open(m, userId);
    await this.expireDue(m, userId, w);
    const amount = Math.min(s.amount, await this.wallets.balanceOf('points', userId, m));
    return amount > 0 && (await this.spendFrom(m, userId, w, { ...s, amount })) ? amount : 0;
  }

  /** Expires the user's lots past their date (one, with `lotId`): each gives its remaining back, once (key `expire:<lotId>`). */
  async expireDue(m: EntityManager, userId: string, w?: PointsWallets, lotId?: string): Promise<number> {
    const wallets = w ?? (await this.open(m, userId));
    let expired = 0;
    for (const lot of await this.lots.due(m, userId, this.clock.now(), lotId)) {
      const moved = await this.wallets.move(m, { from: wallets.user, to: wallets.system, amount: lot.remaining, reason: 'points_expired', reference: lot.id, key: `expire:${lot.id}` });
      if (moved) {
        await this.lots.empty(m, lot.id);
        expired += lot.remaining;
      }
    }
    return expired;
  }

  /** The balance in the caller's transaction, overdue lots expired first, the wallet locked until it ends. */
  async available(m: EntityManager, userId: string): Promise<number> {
    await this.expireDue(m, userId);
    return this.wallets.balanceOf('points', userId, m);
  }

  async balance(userId: string): Promise<number> {
    return this.repo.transaction(async (m) => {
      await this.expireDue(m, userId);
      return this.wallets.balanceOf('points', userId, m);
    });
  }

  private async creditTo(m: EntityManager, userId: string, w: PointsWallets, c: PointsMove): Promise<boolean> {
    if (c.amount <= 0) return false;
    if (!(await this.wallets.move(m, { ...c, from: w.system, to: w.user }))) return false;
    const earnedAt = this.clock.now();
    const { expiryMonths } = await this.repo.rules(m);
    await this.lots.insert(m, { userId, amount: c.amount, earnedAt, expiresAt: addMonths(earnedAt, expiryMonths), sourceKey: c.key });
    return true;
  }

  private async spendFrom(m: EntityManager, userId: string, w: PointsWallets, s: PointsMove): Promise<boolean> {
    if (!(await this.wallets.move(m, { ...s, from: w.user, to: w.system }))) return false;
    await this.lots.take(m, takeFromLots(await this.lots.spendable(m, userId), s.amount));
    return true;
  }
}

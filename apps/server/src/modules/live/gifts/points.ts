import { Injectable } from '@nestjs/common';
import { WELCOME_POINTS } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { WalletRepository } from '../../wallet/wallet.repository';

/**
 * Where points come from and go to: a system-type wallet of its own (it may go negative, like the money
 * system wallet), so points never mix with money in any balance.
 */
export const POINTS_SYSTEM_OWNER = '00000000-0000-0000-0000-000000000001';

/** A user's points: a ledgered balance in a `points` wallet, starting with the welcome points once. */
@Injectable()
export class Points {
  constructor(private readonly wallets: WalletRepository) {}

  /** The user's points wallet and the system points wallet, crediting the welcome points the first time. */
  async open(m: EntityManager, userId: string): Promise<{ user: string; system: string }> {
    const user = await this.wallets.ensure('points', userId, m);
    const system = await this.wallets.ensure('system', POINTS_SYSTEM_OWNER, m);
    await this.wallets.move(m, { from: system, to: user, amount: WELCOME_POINTS, reason: 'welcome_points', reference: userId, key: `welcome:${userId}` });
    return { user, system };
  }

  async balance(userId: string): Promise<number> {
    await this.wallets.runInTransaction((m) => this.open(m, userId));
    return this.wallets.balanceOf('points', userId);
  }
}

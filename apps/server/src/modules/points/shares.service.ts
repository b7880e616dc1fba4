import { Injectable } from '@nestjs/common';
import type { ShareResult } from '@livemall/shared';
import { WalletRepository } from '../wallet/wallet.repository';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { pointsErrors } from './points.errors';
import { PointsRepository } from './points.repository';
import { chinaDate, sharePoints } from './points-rules';

/**
 * Points for sharing goods, capped per China day: the day's row is locked, so shares at the same moment
 * add up to the cap and no further. Ledger key `share:<user>:<day>:<n>` (the n-th share that day).
 */
@Injectable()
export class SharesService {
  constructor(
    private readonly repo: PointsRepository,
    private readonly points: Points,
    private readonly wallets: WalletRepository,
    private readonly clock: PointsClock,
  ) {}

  async share(userId: string, goodsId: string): Promise<ShareResult> {
    if (!(await this.repo.goodsExists(goodsId))) throw pointsErrors.goodsNotFound();
    const day = chinaDate(this.clock.now());
    return this.repo.transaction(async (m) => {
      const rules = await this.repo.rules(m);
      await this.points.open(m, userId);
      const today = await this.repo.lockShareDay(m, userId, day);
      const earned = sharePoints(today.points, rules);
      await this.repo.addShare(m, userId, day, earned);
      if (earned > 0) await this.points.credit(m, userId, { amount: earned, reason: 'share_points', reference: goodsId, key: `share:${userId}:${day}:${today.shares + 1}` });
      return { points: earned, todayPoints: today.points + earned, dailyCapPoints: rules.shareDailyCapPoints, balance: await this.wallets.balanceOf('points', userId, m) };
    });
  }
}

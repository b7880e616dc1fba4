import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Jobs } from '../../jobs/jobs';
import { PointLotsRepository } from './point-lots.repository';
import { Points } from './points';
import { PointsClock } from './points-clock';
import { PointsRepository } from './points.repository';
import { chinaDate } from './points-rules';

const QUEUE = 'points-expiry';
const BATCH = 500;

/**
 * Expires lots past their date, daily (a pg-boss job at each China midnight that schedules the next one;
 * the singleton key is the day, so several instances arm it once) and on demand (`runOnce`, with the
 * injected clock in tests). Each lot is expired in its own transaction, under the user's wallet lock,
 * with the ledger key `expire:<lotId>`: running twice, or racing a spend that expires it too, books it once.
 */
@Injectable()
export class PointsExpiryJob implements OnApplicationBootstrap {
  private readonly log = new Logger('PointsExpiryJob');

  constructor(
    private readonly jobs: Jobs,
    private readonly lots: PointLotsRepository,
    private readonly repo: PointsRepository,
    private readonly points: Points,
    private readonly clock: PointsClock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ day: string }>(QUEUE, async () => {
      await this.runOnce();
      await this.armNext();
    });
    await this.armNext();
  }

  /** Expires every lot due now; returns the points expired by this run. */
  async runOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await this.lots.dueBatch(this.clock.now(), BATCH);
      let expired = 0;
      for (const lot of batch) expired += await this.repo.transaction((m) => this.points.expireDue(m, lot.userId, undefined, lot.id));
      total += expired;
      if (batch.length < BATCH || expired === 0) return total;
    }
  }

  /** The next China midnight (real time: the daily rhythm is not the rules' clock). */
  private async armNext(): Promise<void> {
    const tomorrow = chinaDate(new Date(Date.now() + 86_400_000));
    const at = new Date(`${tomorrow}T00:00:00+08:00`);
    try {
      await this.jobs.schedule(QUEUE, { day: tomorrow }, at, `${QUEUE}:${tomorrow}`);
    } catch (error) {
      this.log.error(`points expiry of ${tomorrow} not scheduled (it is armed again at the next boot): ${String(error)}`);
    }
  }
}

import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Jobs } from '../../jobs/jobs';
import { OrderLifecycle } from '../orders/order-lifecycle';
import { GroupNotices } from './group-notices';
import { GroupSeats } from './group-seats';
import { GroupsRepository } from './groups.repository';

const EXPIRY_QUEUE = 'group-buy-expiry';

/**
 * A group's end, at its expiry: short of seats it fails and every paid seat is refunded, or — 虚拟成团, with
 * at least one paid seat — it is filled with virtual seats and succeeds. The status leaves `forming`/`open`
 * by one conditional update under the group's lock, so refunds are made once however often the job runs.
 * What follows the commit (cancelling pending orders, arming refunds) is idempotent and redone each run.
 */
@Injectable()
export class GroupCloser implements OnApplicationBootstrap {
  private readonly log = new Logger('GroupCloser');

  constructor(
    private readonly groups: GroupsRepository,
    private readonly seats: GroupSeats,
    private readonly lifecycle: OrderLifecycle,
    private readonly jobs: Jobs,
    private readonly notices: GroupNotices,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ groupId: string }>(EXPIRY_QUEUE, async ({ groupId }) => {
      await this.expire(groupId);
    });
    // A job may never have been sent (a crash right after the group was created): send again.
    for (const g of await this.groups.unclosed()) await this.arm(g.id, g.expiresAt);
  }

  async arm(groupId: string, at: Date): Promise<void> {
    try {
      await this.jobs.schedule(EXPIRY_QUEUE, { groupId }, new Date(at), groupId);
    } catch (error) {
      this.log.error(`expiry of group ${groupId} not scheduled (it is retried at the next boot): ${String(error)}`);
    }
  }

  /** The expiry job; safe to run any number of times, at once too. */
  async expire(groupId: string): Promise<void> {
    const early = await this.groups.transaction(async (m) => {
      const group = await this.groups.lock(m, groupId);
      if (!group || (group.status !== 'forming' && group.status !== 'open')) return null;
      if (new Date(group.expiresAt).getTime() > Date.now()) return group.expiresAt;
      const paid = (await this.groups.members([groupId], m)).filter((s) => s.status === 'paid');
      if (group.virtualFill && paid.length > 0) {
        await this.groups.addVirtual(m, groupId, group.groupSize - paid.length);
        await this.seats.succeed(m, group);
        return null;
      }
      if (!(await this.groups.transition(m, groupId, ['forming', 'open'], 'failed'))) return null;
      for (const s of paid) await this.lifecycle.cancelPaidIn(m, s.orderId as string, 'activity_failed', 'group buy: the group did not fill in time');
      await this.notices.add(m, paid.filter((s) => s.userId).map((s) => s.userId as string), 'group_failed', groupId);
      return null;
    });
    if (early) return this.arm(groupId, early);
    const seats = await this.groups.members([groupId]);
    // Pending orders of a closed group can no longer get a seat. A payment that slips through is refunded by GroupSeats.
    for (const s of seats) if (s.status === 'pending' && s.orderId) await this.lifecycle.cancel(s.orderId, 'timeout');
    await this.lifecycle.armRefundsOf(seats.filter((s) => s.status === 'refunded' && s.orderId).map((s) => s.orderId as string));
  }
}

import { Injectable } from '@nestjs/common';
import { type GroupOrderRequest, type GroupOrderResult, PAYMENT_TIMEOUT_MINUTES } from '@livemall/shared';
import type { EntityManager } from 'typeorm';
import { ActivityCheckout } from '../orders/activity-checkout.service';
import { type ActivityRow, ActivitiesRepository } from './activities.repository';
import { GroupCloser } from './group-closer';
import { activityStatus, toGroup } from './group-buy.mapper';
import { groupBuyErrors, sharedErrors } from './group-buys.errors';
import { type GroupRow, GroupsRepository } from './groups.repository';

/**
 * Starting and joining a group. Each makes the buyer's seat and order in one transaction, under the
 * activity SKU's lock (and the group's, to join), so the checks — seats, per-buyer limit — hold when the
 * order commits. The seat is pending until paid (see GroupSeats). A retried request returns its order.
 */
@Injectable()
export class GroupJoinService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly groups: GroupsRepository,
    private readonly checkout: ActivityCheckout,
    private readonly closer: GroupCloser,
  ) {}

  async start(userId: string, activityId: string, body: GroupOrderRequest): Promise<GroupOrderResult> {
    const retried = await this.retried(userId, body.requestId, (g) => g.activityId === activityId);
    if (retried) return retried;
    const activity = await this.activities.find(activityId);
    if (!activity) throw groupBuyErrors.notFound();
    const status = activityStatus(activity);
    if (status !== 'active') throw groupBuyErrors.notActive(status);
    const expiresAt = new Date(Date.now() + activity.timeLimitMinutes * 60_000);
    const made = await this.once(userId, body.requestId, (g) => g.activityId === activityId, (m) =>
      this.seat(m, userId, activity, body, true, async () => {
        await this.groups.lockSku(m, activity.skuId);
        return this.groups.insert(m, { activityId, starterId: userId, expiresAt });
      }),
    );
    if ('group' in made) return made;
    await this.closer.arm(made.groupId, expiresAt);
    return this.result(userId, made.groupId, made.orderId);
  }

  async join(userId: string, groupId: string, body: GroupOrderRequest): Promise<GroupOrderResult> {
    const retried = await this.retried(userId, body.requestId, (g) => g.id === groupId);
    if (retried) return retried;
    const found = await this.groups.find(groupId);
    if (!found) throw groupBuyErrors.groupNotFound();
    const activity = await this.activities.find(found.activityId);
    if (!activity) throw groupBuyErrors.groupNotFound();
    const made = await this.once(userId, body.requestId, (g) => g.id === groupId, (m) =>
      this.seat(m, userId, activity, body, false, async () => {
        const group = await this.groups.lock(m, groupId);
        if (!group) throw groupBuyErrors.groupNotFound();
        await this.mayJoin(m, userId, group);
        return group.id;
      }),
    );
    if ('group' in made) return made;
    return this.result(userId, made.groupId, made.orderId);
  }

  /** Every refusal a joiner can meet, checked under the group's lock. */
  private async mayJoin(m: EntityManager, userId: string, group: GroupRow): Promise<void> {
    if (group.status === 'succeeded') throw groupBuyErrors.full();
    if (group.status === 'failed' || new Date(group.expiresAt).getTime() <= Date.now()) throw groupBuyErrors.expired();
    if (group.status !== 'open') throw groupBuyErrors.notOpen(group.status);
    if (group.starterId === userId) throw groupBuyErrors.own();
    const seats = await this.groups.members([group.id], m);
    if (seats.some((s) => s.userId === userId)) throw groupBuyErrors.alreadyJoined();
    if (seats.filter((s) => s.status === 'paid').length >= group.groupSize) throw groupBuyErrors.full();
  }

  /** The buyer's seat and its order; `place` takes the locks, checks the group and names it. */
  private async seat(m: EntityManager, userId: string, activity: ActivityRow, body: GroupOrderRequest, isStarter: boolean, place: () => Promise<string>) {
    const groupId = await place();
    if ((await this.groups.seatsOf(m, userId, activity.id)) >= activity.perUserLimit) throw groupBuyErrors.limit(activity.perUserLimit);
    const orderId = await this.checkout.createIn(m, userId, {
      requestId: body.requestId, addressId: body.addressId, skuId: activity.skuId, quantity: 1, unitPriceFen: activity.groupPriceFen,
      source: 'group_buy', sourceId: groupId, payMinutes: Math.min(PAYMENT_TIMEOUT_MINUTES, activity.timeLimitMinutes), reserveSkuStock: true,
    });
    await this.groups.insertMember(m, { groupId, userId, orderId, isStarter });
    return { groupId, orderId };
  }

  /** Runs the transaction; a duplicate request id that raced it returns the winner's result. */
  private async once(userId: string, requestId: string, sameActivity: (g: GroupRow) => boolean, work: (m: EntityManager) => Promise<{ groupId: string; orderId: string }>) {
    try {
      return await this.groups.transaction(work);
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      const retried = await this.retried(userId, requestId, sameActivity);
      if (retried) return retried;
      throw error;
    }
  }

  private async retried(userId: string, requestId: string, same: (g: GroupRow) => boolean): Promise<GroupOrderResult | null> {
    const earlier = await this.checkout.existing(requestId);
    if (!earlier) return null;
    const group = earlier.sourceId ? await this.groups.find(earlier.sourceId) : null;
    if (earlier.userId !== userId || earlier.source !== 'group_buy' || !group || !same(group)) throw sharedErrors.idempotencyConflict();
    const order = await this.checkout.replay(userId, requestId, 'group_buy', group.id);
    if (!order) throw sharedErrors.idempotencyConflict();
    return { group: toGroup(group, await this.groups.members([group.id])), order };
  }

  private async result(userId: string, groupId: string, orderId: string): Promise<GroupOrderResult> {
    const order = await this.checkout.afterCreate(userId, orderId);
    const group = await this.groups.find(groupId);
    if (!group) throw groupBuyErrors.groupNotFound();
    return { group: toGroup(group, await this.groups.members([groupId])), order };
  }
}

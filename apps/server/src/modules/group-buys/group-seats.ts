import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrderLifecycle } from '../orders/order-lifecycle';
import type { OrderListener } from '../orders/order-listener';
import type { OrderRow } from '../orders/orders.repository';
import { type GroupRow, GroupsRepository } from './groups.repository';
import { GroupNotices } from './group-notices';

/**
 * Seats are confirmed by payment, never by joining: several buyers may hold pending orders for the last
 * seat, and whoever pays first (under the group's lock) gets it. A payer who finds the group full or closed
 * is refunded in the same transaction, so a group never has more paid seats than its size.
 */
@Injectable()
export class GroupSeats implements OrderListener, OnModuleInit {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly notices: GroupNotices,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  onModuleInit(): void {
    this.lifecycle.listen(this);
  }

  async paid(m: EntityManager, order: OrderRow): Promise<void> {
    if (order.source !== 'group_buy' || !order.sourceId) return;
    const group = await this.groups.lock(m, order.sourceId);
    const seat = await this.groups.memberByOrder(m, order.id);
    if (!group || !seat || seat.status !== 'pending') return this.giveBack(m, order, 'no seat for this order');
    if (group.status === 'forming' && seat.isStarter) {
      await this.groups.setMemberStatus(m, seat.id, 'paid');
      await this.groups.transition(m, group.id, ['forming'], 'open');
      return;
    }
    if (group.status !== 'open') return this.giveBack(m, order, `the group is ${group.status}`);
    const paid = (await this.groups.members([group.id], m)).filter((s) => s.status === 'paid').length;
    if (paid >= group.groupSize) return this.giveBack(m, order, 'every seat of the group was taken first');
    await this.groups.setMemberStatus(m, seat.id, 'paid');
    if (paid + 1 === group.groupSize) await this.succeed(m, group);
  }

  /** Called under the group's lock with every seat paid (or filled virtually). */
  async succeed(m: EntityManager, group: GroupRow): Promise<void> {
    if (!(await this.groups.transition(m, group.id, ['forming', 'open'], 'succeeded'))) return;
    const buyers = (await this.groups.members([group.id], m)).filter((s) => s.status === 'paid' && s.userId).map((s) => s.userId as string);
    await this.notices.add(m, buyers, 'group_succeeded', group.id);
  }

  /** An unpaid order cancelled frees its seat; a paid one given back (a failed group) marks it refunded. */
  async cancelled(m: EntityManager, order: OrderRow): Promise<void> {
    if (order.source !== 'group_buy' || !order.sourceId) return;
    const group = await this.groups.lock(m, order.sourceId);
    const seat = await this.groups.memberByOrder(m, order.id);
    if (!group || !seat) return;
    if (seat.status === 'paid') return this.groups.setMemberStatus(m, seat.id, 'refunded');
    if (seat.status !== 'pending') return;
    await this.groups.deleteMember(m, seat.id);
    // The starter never paid: nobody could join, nobody paid, the group is over.
    if (seat.isStarter && group.status === 'forming') await this.groups.transition(m, group.id, ['forming'], 'failed');
  }

  /** A group-buy order ships once its group has succeeded. */
  async shippable(order: OrderRow): Promise<boolean> {
    if (order.source !== 'group_buy' || !order.sourceId) return true;
    const group = await this.groups.find(order.sourceId);
    return group?.status === 'succeeded';
  }

  private async giveBack(m: EntityManager, order: OrderRow, why: string): Promise<void> {
    await this.lifecycle.cancelPaidIn(m, order.id, 'activity_failed', `group buy: ${why}`);
  }
}

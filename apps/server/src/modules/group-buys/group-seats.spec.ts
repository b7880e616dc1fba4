import type { EntityManager } from 'typeorm';
import { strictFake } from '../../../test/support/strict-fake';
import type { OrderLifecycle } from '../orders/order-lifecycle';
import type { OrderRow } from '../orders/orders.repository';
import { GroupSeats } from './group-seats';
import type { GroupRow, GroupsRepository, MemberRow } from './groups.repository';
import type { GroupNotices } from './group-notices';

const m = {} as EntityManager;
const group = (status: GroupRow['status'], size = 3): GroupRow => ({ id: 'g', activityId: 'a', starterId: 'u0', status, expiresAt: new Date(), skuId: 's', groupSize: size, virtualFill: false });
const seat = (i: number, status: MemberRow['status'], orderId = `o${i}`): MemberRow => ({ id: `m${i}`, groupId: 'g', userId: `u${i}`, orderId, isStarter: i === 0, virtual: false, status, nickname: `n${i}`, avatarUrl: null });
const order = (id: string, source: OrderRow['source'] = 'group_buy') => ({ id, source, sourceId: 'g' }) as OrderRow;

function setup(g: GroupRow, seats: MemberRow[]) {
  const calls: string[] = [];
  const groups = strictFake<GroupsRepository>('groups', {
    lock: async () => g,
    find: async () => g,
    memberByOrder: async (_m, orderId) => seats.find((s) => s.orderId === orderId) ?? null,
    members: async () => seats,
    setMemberStatus: async (_m, id, status) => {
      calls.push(`seat ${id} ${status}`);
      const s = seats.find((x) => x.id === id);
      if (s) s.status = status;
    },
    deleteMember: async (_m, id) => void calls.push(`delete ${id}`),
    transition: async (_m, _id, from, to) => {
      if (!from.includes(g.status)) return false;
      calls.push(`group ${to}`);
      g.status = to;
      return true;
    },
  });
  const notices = strictFake<GroupNotices>('notices', { add: async (_m, users, kind) => void calls.push(`notice ${kind} ${users.join(',')}`) });
  const lifecycle = strictFake<OrderLifecycle>('lifecycle', { cancelPaidIn: async (_m, id) => (calls.push(`refund ${id}`), 'r') });
  return { seats: new GroupSeats(groups, notices, lifecycle), calls };
}

describe('GroupSeats (small)', () => {
  it('ignores orders of other sources', async () => {
    const { seats, calls } = setup(group('open'), []);
    await seats.paid(m, order('x', 'mall'));
    await seats.cancelled(m, order('x', 'flash_sale'));
    expect(await seats.shippable(order('x', 'mall'))).toBe(true);
    expect(calls).toEqual([]);
  });

  it("opens the group when the starter pays", async () => {
    const { seats, calls } = setup(group('forming'), [seat(0, 'pending')]);
    await seats.paid(m, order('o0'));
    expect(calls).toEqual(['seat m0 paid', 'group open']);
  });

  it('the last seat paid: the group succeeds and every seated buyer is told', async () => {
    const { seats, calls } = setup(group('open'), [seat(0, 'paid'), seat(1, 'paid'), seat(2, 'pending'), seat(3, 'pending')]);
    await seats.paid(m, order('o2'));
    expect(calls).toEqual(['seat m2 paid', 'group succeeded', 'notice group_succeeded u0,u1,u2']);
  });

  it('a payer who finds every seat taken, or the group closed, is refunded at once and seats nobody', async () => {
    const full = setup(group('open'), [seat(0, 'paid'), seat(1, 'paid'), seat(2, 'paid'), seat(3, 'pending')]);
    await full.seats.paid(m, order('o3'));
    expect(full.calls).toEqual(['refund o3']);
    const failed = setup(group('failed'), [seat(0, 'refunded'), seat(1, 'pending')]);
    await failed.seats.paid(m, order('o1'));
    expect(failed.calls).toEqual(['refund o1']);
  });

  it('a cancelled unpaid seat is dropped (the starter’s ends its forming group); a refunded paid one is marked', async () => {
    const forming = setup(group('forming'), [seat(0, 'pending')]);
    await forming.seats.cancelled(m, order('o0'));
    expect(forming.calls).toEqual(['delete m0', 'group failed']);
    const failing = setup(group('failed'), [seat(0, 'paid')]);
    await failing.seats.cancelled(m, order('o0'));
    expect(failing.calls).toEqual(['seat m0 refunded']);
  });

  it('ships a group-buy order only once its group succeeded', async () => {
    expect(await setup(group('open'), []).seats.shippable(order('o0'))).toBe(false);
    expect(await setup(group('succeeded'), []).seats.shippable(order('o0'))).toBe(true);
  });
});

import type { Group, GroupMember } from '@livemall/shared';

export type Seat = { kind: 'member'; member: GroupMember } | { kind: 'empty' };

/** Every seat of a group in order: the starter, the other paid members, then the empty seats. */
export function seatList(group: Pick<Group, 'groupSize' | 'members'>): Seat[] {
  const members = [...group.members].sort((a, b) => Number(b.isStarter) - Number(a.isStarter)).slice(0, group.groupSize);
  const seats: Seat[] = members.map((member) => ({ kind: 'member', member }));
  while (seats.length < group.groupSize) seats.push({ kind: 'empty' });
  return seats;
}

export type GroupView =
  | { kind: 'join'; text: string }
  | { kind: 'forming'; text: string }
  | { kind: 'full'; text: string }
  | { kind: 'expired'; text: string }
  | { kind: 'succeeded'; text: string }
  | { kind: 'failed'; text: string };

/** What a group page says and allows: 参团 only while it is open, has a seat and has not expired. */
export function groupView(group: Pick<Group, 'status' | 'seatsLeft' | 'expiresAt'>, now: number): GroupView {
  if (group.status === 'succeeded') return { kind: 'succeeded', text: '拼团成功' };
  if (group.status === 'failed') return { kind: 'failed', text: '拼团失败，已原路退款' };
  if (now >= Date.parse(group.expiresAt)) return { kind: 'expired', text: '已过期' };
  if (group.status === 'forming') return { kind: 'forming', text: '团长支付后即可参团' };
  if (group.seatsLeft === 0) return { kind: 'full', text: '已满员' };
  return { kind: 'join', text: `还差 ${group.seatsLeft} 人成团` };
}

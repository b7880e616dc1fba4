import type { Group, GroupBuyActivity, GroupBuyActivityStatus, GroupShareCard, MarketingNotice } from '@livemall/shared';
import type { ActivityRow } from './activities.repository';
import type { GroupRow, MemberRow } from './groups.repository';
import type { NoticeRow } from './notices.repository';

/** What a virtual seat (虚拟成团) shows instead of a buyer. */
export const VIRTUAL_NICKNAME = '拼团好友';

export function activityStatus(a: ActivityRow, now = new Date()): GroupBuyActivityStatus {
  if (a.stoppedAt) return 'stopped';
  if (now < new Date(a.startsAt)) return 'upcoming';
  if (now >= new Date(a.endsAt)) return 'ended';
  return 'active';
}

export function toActivity(a: ActivityRow): GroupBuyActivity {
  return {
    id: a.id, merchantId: a.merchantId, goodsId: a.goodsId, skuId: a.skuId, title: a.title, coverUrl: a.coverUrl, specText: a.specText,
    normalPriceFen: a.normalPriceFen, groupPriceFen: a.groupPriceFen, groupSize: a.groupSize, timeLimitMinutes: a.timeLimitMinutes,
    perUserLimit: a.perUserLimit, virtualFill: a.virtualFill, startsAt: new Date(a.startsAt).toISOString(), endsAt: new Date(a.endsAt).toISOString(),
    status: activityStatus(a),
  };
}

/** A group as buyers see it: its paid and virtual seats only (a pending seat may still lose the race). */
export function toGroup(g: GroupRow, members: readonly MemberRow[]): Group {
  const seated = members.filter((s) => s.groupId === g.id && s.status === 'paid');
  return {
    id: g.id,
    activityId: g.activityId,
    status: g.status,
    groupSize: g.groupSize,
    seatsTaken: seated.length,
    seatsLeft: Math.max(0, g.groupSize - seated.length),
    expiresAt: new Date(g.expiresAt).toISOString(),
    members: seated.map((s) => ({ nickname: s.virtual ? VIRTUAL_NICKNAME : (s.nickname ?? ''), avatarUrl: s.virtual ? null : s.avatarUrl, isStarter: s.isStarter, virtual: s.virtual })),
  };
}

export function toShareCard(a: ActivityRow, group: Group): GroupShareCard {
  return {
    groupId: group.id, activityId: a.id, title: a.title, coverUrl: a.coverUrl, groupPriceFen: a.groupPriceFen, normalPriceFen: a.normalPriceFen,
    seatsLeft: group.seatsLeft, expiresAt: group.expiresAt, status: group.status,
  };
}

export function toNotice(n: NoticeRow): MarketingNotice {
  return { id: n.id, kind: n.kind, refId: n.refId, createdAt: new Date(n.createdAt).toISOString() };
}

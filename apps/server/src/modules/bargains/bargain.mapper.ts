import type { Bargain, BargainActivity, BargainActivityStatus, BargainStatus } from '@livemall/shared';
import type { ActivityRow } from './bargain-activities.repository';
import type { BargainRow, HelpRow } from './bargains.repository';

export function activityStatus(a: ActivityRow, now: Date): BargainActivityStatus {
  if (a.stoppedAt) return 'stopped';
  if (now < a.startsAt) return 'scheduled';
  if (now >= a.endsAt) return 'ended';
  return 'active';
}

/** What a bargain is now: one whose time ran out unbought reads as expired even before a write closed it. */
export function bargainStatus(b: BargainRow, now: Date): BargainStatus {
  return (b.status === 'open' || b.status === 'floor_reached') && b.expiresAt <= now ? 'expired' : b.status;
}

export function toActivity(a: ActivityRow, now: Date): BargainActivity {
  return {
    id: a.id,
    merchantId: a.merchantId,
    goodsId: a.goodsId,
    goodsTitle: a.goodsTitle,
    coverUrl: a.coverUrl,
    skuId: a.skuId,
    specText: a.specText,
    originalPriceFen: a.originalPriceFen,
    floorPriceFen: a.floorPriceFen,
    helpersNeeded: a.helpersNeeded,
    timeLimitMinutes: a.timeLimitMinutes,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    status: activityStatus(a, now),
    createdAt: a.createdAt.toISOString(),
  };
}

export function toBargain(b: BargainRow, activity: ActivityRow, helps: readonly HelpRow[], viewerId: string | undefined, now: Date): Bargain {
  const status = bargainStatus(b, now);
  return {
    id: b.id,
    activity: toActivity(activity, now),
    starter: { userId: b.userId, nickname: b.starterNickname, avatarUrl: b.starterAvatarUrl },
    originalPriceFen: b.originalPriceFen,
    floorPriceFen: b.floorPriceFen,
    currentPriceFen: b.currentPriceFen,
    cutFen: b.originalPriceFen - b.currentPriceFen,
    helpersDone: b.helpersDone,
    helpersNeeded: b.helpersNeeded,
    helpers: helps.map((h) => ({ userId: h.userId, nickname: h.nickname, avatarUrl: h.avatarUrl, cutFen: h.cutFen, seq: h.seq, createdAt: h.createdAt.toISOString() })),
    status,
    expiresAt: b.expiresAt.toISOString(),
    orderId: status === 'ordered' ? b.orderId : null,
    createdAt: b.createdAt.toISOString(),
    mine: viewerId === b.userId,
    myCutFen: helps.find((h) => h.userId === viewerId)?.cutFen ?? null,
  };
}

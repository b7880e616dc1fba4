import type { CouponCentreEntry } from '@livemall/shared';

export interface ClaimButton {
  label: '领取' | '已领取' | '已抢光' | '新人专享' | '已结束';
  enabled: boolean;
}

/** The claim button of a coupon-centre entry, from the server's `canClaim` and its reason. */
export function claimButton(entry: Pick<CouponCentreEntry, 'canClaim' | 'reason' | 'claimedByMe'>): ClaimButton {
  if (entry.canClaim) return { label: '领取', enabled: true };
  // Holding one says more than "none left": the buyer has what they came for.
  if (entry.claimedByMe > 0 && entry.reason !== 'ended') return { label: '已领取', enabled: false };
  switch (entry.reason) {
    case 'sold_out':
      return { label: '已抢光', enabled: false };
    case 'new_users_only':
      return { label: '新人专享', enabled: false };
    case 'ended':
      return { label: '已结束', enabled: false };
    default:
      return { label: '已领取', enabled: false };
  }
}

/** Share of a template still unclaimed, whole percent (for the little 已抢 bar). */
export function claimedPercent(claimed: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((claimed * 100) / total));
}

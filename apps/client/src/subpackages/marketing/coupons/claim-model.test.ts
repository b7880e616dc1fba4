import { claimButton, claimedPercent } from './claim-model';

describe('claimButton', () => {
  it('offers 领取 while the server says I can claim, even holding one', () => {
    expect(claimButton({ canClaim: true, reason: null, claimedByMe: 0 })).toEqual({ label: '领取', enabled: true });
    expect(claimButton({ canClaim: true, reason: null, claimedByMe: 1 }).label).toBe('领取');
  });

  it('says 已领取 at my limit, and when it ran out after I got one', () => {
    expect(claimButton({ canClaim: false, reason: 'limit_reached', claimedByMe: 1 })).toEqual({ label: '已领取', enabled: false });
    expect(claimButton({ canClaim: false, reason: 'sold_out', claimedByMe: 1 }).label).toBe('已领取');
  });

  it('says 已抢光, 新人专享 or 已结束 otherwise', () => {
    expect(claimButton({ canClaim: false, reason: 'sold_out', claimedByMe: 0 })).toEqual({ label: '已抢光', enabled: false });
    expect(claimButton({ canClaim: false, reason: 'new_users_only', claimedByMe: 0 }).label).toBe('新人专享');
    expect(claimButton({ canClaim: false, reason: 'ended', claimedByMe: 1 }).label).toBe('已结束');
  });

  it('measures how much of a template was claimed', () => {
    expect(claimedPercent(3, 10)).toBe(30);
    expect(claimedPercent(1, 3)).toBe(33);
    expect(claimedPercent(12, 10)).toBe(100);
    expect(claimedPercent(0, 0)).toBe(100);
  });
});

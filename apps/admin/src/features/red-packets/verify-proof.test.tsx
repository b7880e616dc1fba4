import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { FairnessProof } from './FairnessProof';
import { grabsOf, packetOf, SEED, sharesOf } from './fixtures.test-util';
import { checkProof } from './verify-proof';

// antd forms render slowly on a busy machine.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('the fairness proof', () => {
  const shares = sharesOf(1_000, 5);
  const over = packetOf({ status: 'expired', seed: SEED });

  it('accepts grabs that are the seed’s shares in grab order, also a packet ended before everyone grabbed', () => {
    expect(shares.reduce((a, b) => a + b, 0)).toBe(1_000);
    expect(checkProof(over, grabsOf(shares))).toEqual({ ok: true });
    expect(checkProof(over, grabsOf(shares.slice(0, 3)))).toEqual({ ok: true });
    // A position left unclaimed (admitted by the Redis gate, refused once the packet closed) is no mismatch.
    expect(checkProof(over, grabsOf(shares).filter((g) => g.seq !== 1))).toEqual({ ok: true });
    expect(checkProof(packetOf({ type: 'equal', algorithm: 'equal', seed: SEED, totalAmount: 100, totalCount: 3 }), grabsOf([34, 33, 33]))).toEqual({ ok: true });
  });

  it('refuses a tampered amount, swapped grabs, a position taken twice or past the count, another seed, and an unrevealed one', () => {
    const tampered = [...shares];
    tampered[1] = tampered[1]! + 1;
    expect(checkProof(over, grabsOf(tampered))).toMatchObject({ ok: false, why: expect.stringContaining('第 2 个领取应为') });
    const distinct = shares.findIndex((s) => s !== shares[0]);
    const swapped = [...shares];
    [swapped[0], swapped[distinct]] = [swapped[distinct]!, swapped[0]!];
    expect(checkProof(over, grabsOf(swapped)).ok).toBe(false);
    const twice = grabsOf(shares);
    twice.push({ ...twice[1]!, userId: '00000000-0000-4000-8000-999999999999' });
    expect(checkProof(over, twice)).toMatchObject({ ok: false, why: '第 2 个位置被领取了两次' });
    expect(checkProof(over, [...grabsOf(shares), { ...grabsOf([1])[0]!, seq: 5 }])).toMatchObject({ ok: false, why: '第 6 个领取超出了红包个数' });
    expect(checkProof({ ...over, seed: `${SEED}x` }, grabsOf(shares))).toMatchObject({ ok: false, why: '种子的 SHA-256 与创建时公布的承诺不符' });
    expect(checkProof(packetOf(), grabsOf(shares))).toMatchObject({ ok: false });
  });

  it('shows 已验证 or 不一致 on the 验证 button', async () => {
    const { unmount } = render(<FairnessProof packet={over} grabs={grabsOf(shares)} />);
    expect(screen.getByText(SEED)).toBeTruthy();
    await act(async () => fireEvent.click(document.getElementById('rp-verify')!));
    expect(document.getElementById('rp-verify-result')!.textContent).toBe('已验证');
    unmount();
    render(<FairnessProof packet={over} grabs={grabsOf([shares[0]! + 1, ...shares.slice(1)])} />);
    await act(async () => fireEvent.click(document.getElementById('rp-verify')!));
    expect(document.getElementById('rp-verify-result')!.textContent).toBe('不一致');
    expect(screen.getByText(/第 1 个领取应为/)).toBeTruthy();
  });
});

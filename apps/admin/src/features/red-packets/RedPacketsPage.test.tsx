import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RedPacketsPage } from './RedPacketsPage';
import { fakeRoutes, grabsOf, listRowOf, SEED, sharesOf } from './fixtures.test-util';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('RedPacketsPage', () => {
  it('says so when there are no packets', async () => {
    fakeRoutes({ 'GET /merchant/red-packets': () => [200, { items: [], nextCursor: null }] });
    render(<RedPacketsPage />);
    expect(await screen.findByText('还没有发过红包')).toBeTruthy();
  });

  it('lists packets with grabs and refunds, and the drawer verifies the split', async () => {
    const shares = sharesOf(1_000, 5);
    const over = listRowOf({
      status: 'expired', seed: SEED, remainingAmount: 1_000 - shares[0]! - shares[1]!, remainingCount: 3, grabbedCount: 2,
      grabbedAmount: shares[0]! + shares[1]!, refundedAmount: 1_000 - shares[0]! - shares[1]!, luckiest: { nickname: '观众1', amount: shares[0]!, seq: 0 },
    });
    const running = listRowOf({ id: '99999999-2222-4333-8444-555555555555', slogan: '第二个', createdAt: '2026-12-07T03:00:00.000Z' });
    const calls = fakeRoutes({
      'GET /merchant/red-packets': () => [200, { items: [running, over], nextCursor: null }],
      [`GET /red-packets/${over.id}/grabs`]: () => [200, { items: grabsOf(shares.slice(0, 2)), nextCursor: null }],
    });
    render(<RedPacketsPage />);
    await waitFor(() => expect(document.querySelectorAll('tr[data-packet-id]')).toHaveLength(2));
    const row = document.querySelector(`tr[data-packet-id="${over.id}"]`)!;
    expect(row.querySelector('.rp-row-grabs')!.textContent).toBe(`2/5 个 · ¥${((shares[0]! + shares[1]!) / 100).toFixed(2)}`);
    expect(row.querySelector('.rp-row-refunded')!.textContent).toBe(`¥${(over.refundedAmount / 100).toFixed(2)}`);
    expect(row.textContent).toContain('已结束');
    expect(document.querySelector(`tr[data-packet-id="${running.id}"]`)!.textContent).toContain('进行中');
    expect(calls[0]!.url).toBe('/merchant/red-packets?limit=20');

    await act(async () => fireEvent.click(row.querySelector('.rp-row-open')!));
    await waitFor(() => expect(document.getElementById('rp-proof-seed')).toBeTruthy());
    expect(document.getElementById('rp-proof-commitment')!.textContent).toBe(over.seedCommitment);
    await act(async () => fireEvent.click(document.getElementById('rp-verify')!));
    expect(document.getElementById('rp-verify-result')!.textContent).toBe('已验证');
  });
});

import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { RedPacketLive } from './RedPacketLive';
import { fakeRoutes, grabsOf, packetOf, SEED } from './fixtures.test-util';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

describe('RedPacketLive', () => {
  it('shows the grabs with the best so far, and 提前结束 reports the refund', async () => {
    const sent = packetOf();
    const id = sent.id;
    let ended = false;
    const grabs = grabsOf([120, 300, 80]);
    const calls = fakeRoutes({
      [`GET /red-packets/${id}`]: () => [200, ended ? packetOf({ status: 'expired', seed: SEED, remainingAmount: 500, remainingCount: 2 }) : packetOf({ remainingAmount: 500, remainingCount: 2 })],
      [`GET /red-packets/${id}/grabs`]: () => [200, { items: ended ? grabs.map((g) => ({ ...g, luckiest: g.seq === 1 })) : grabs, nextCursor: null }],
      [`POST /merchant/red-packets/${id}/end`]: () => {
        ended = true;
        return [200, packetOf({ status: 'expired', seed: SEED, remainingAmount: 500, remainingCount: 2 })];
      },
    });
    const onEnded = jest.fn();
    render(<RedPacketLive packet={sent} onEnded={onEnded} />);
    await waitFor(() => expect(document.querySelectorAll('.rp-grab')).toHaveLength(3));
    expect(document.getElementById('rp-live-remaining-amount')!.textContent).toBe('¥5.00');
    expect(document.querySelector('.rp-grab[data-seq="1"] .rp-luckiest')!.textContent).toBe('目前最佳');
    expect(document.querySelectorAll('.rp-luckiest')).toHaveLength(1);

    await act(async () => fireEvent.click(document.getElementById('rp-end')!));
    await waitFor(() => expect(document.getElementById('rp-end-confirm')).toBeTruthy());
    await act(async () => fireEvent.click(document.getElementById('rp-end-confirm')!));
    expect(await screen.findByText('红包已结束，¥5.00 已退回账户余额')).toBeTruthy();
    expect(onEnded).toHaveBeenCalledWith(500);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await waitFor(() => expect(document.querySelector('.rp-luckiest')!.textContent).toBe('手气最佳'));
    expect(document.getElementById('rp-end')).toBeNull();
  });
});

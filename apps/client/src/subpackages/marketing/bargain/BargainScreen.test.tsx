import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { address, bargain, order, uuid } from '@/test/marketing-fixtures';
import { BargainScreen } from './index';
import { useBargain } from './use-bargain';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const buyer = { addresses: [address], address, reload: async () => undefined };

function Harness() {
  const state = useBargain(bargain().id);
  return state.bargain ? <BargainScreen state={state} buyer={buyer} /> : null;
}

describe('BargainScreen', () => {
  it('shows the progress from the original to the floor price, the helpers, and lets a visitor help once', async () => {
    const before = bargain();
    const after = bargain({
      currentPriceFen: 4800,
      cutFen: 5200,
      helpersDone: 3,
      myCutFen: 1200,
      helpers: [...before.helpers, { userId: uuid(407), nickname: '我', avatarUrl: null, cutFen: 1200, seq: 2, createdAt: before.createdAt }],
    });
    const fake = fakeRequest((c) => {
      if (c.method === 'GET') return json(200, before);
      if (c.url === `/bargains/${before.id}/help`) return json(200, { cutFen: 1200, seq: 2, bargain: after });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<Harness />);
    await waitFor(() => expect(document.getElementById('bargain-price')!.textContent).toBe('¥60.00'));
    // ¥40 of the ¥80 between ¥100 and the ¥20 floor.
    expect((document.querySelector('#bargain-progress .mk-bar__fill') as HTMLElement).style.width).toBe('50%');
    expect(document.getElementById('bargain-cut')!.textContent).toBe('已砍 ¥40.00');
    expect(screen.getByText('砍掉 ¥25.00')).toBeTruthy();
    expect(document.getElementById('bargain-state')!.textContent).toBe('已有 2 位好友帮砍，还差 2 位');
    expect(document.getElementById('bargain-countdown')).not.toBeNull();
    expect(document.getElementById('bargain-buy')).toBeNull();

    await act(async () => {
      fireEvent.click(document.getElementById('bargain-help')!);
    });
    await waitFor(() => expect(document.getElementById('bargain-helped')!.textContent).toBe('你帮TA砍掉了 ¥12.00'));
    expect(document.getElementById('bargain-price')!.textContent).toBe('¥48.00');
    expect(document.querySelectorAll('.bargain-helper')).toHaveLength(3);
    expect(document.getElementById('bargain-help')).toBeNull();
    expect(document.getElementById('bargain-closed')!.textContent).toBe('已帮砍');
  });

  it('lets its starter buy at the current price and pay', async () => {
    const mine = bargain({ mine: true });
    const placed = order({ source: 'bargain', sourceId: mine.id, totalFen: 6000, itemsFen: 6000 });
    const fake = fakeRequest((c) => {
      if (c.method === 'GET') return json(200, mine);
      if (c.url === `/bargains/${mine.id}/order`) return json(201, placed);
      if (c.url === `/orders/${placed.id}/pay`) return json(200, { provider: 'dev', paymentId: uuid(300) });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<Harness />);
    await waitFor(() => expect(document.getElementById('bargain-buy')!.textContent).toBe('立即购买 ¥60.00'));
    expect(document.getElementById('bargain-share-link')!.textContent).toContain(`/subpackages/marketing/bargain/index?id=${mine.id}`);
    await act(async () => {
      fireEvent.click(document.getElementById('bargain-buy')!);
    });
    await waitFor(() => expect(document.getElementById('pay-dev-amount')!.textContent).toBe('¥60.00'));
    expect(fake.calls.find((c) => c.url.endsWith('/order'))!.data).toEqual({ requestId: expect.any(String), addressId: address.id });
  });

  it('shows an expired bargain as expired, with nothing to do', async () => {
    mockRequest.mockImplementation(fakeRequest(() => json(200, bargain({ status: 'expired', mine: true }))).request);
    render(<Harness />);
    await waitFor(() => expect(document.getElementById('bargain-state')!.textContent).toBe('砍价已过期'));
    expect(document.getElementById('bargain-closed')!.textContent).toBe('已过期');
    expect(document.getElementById('bargain-countdown')).toBeNull();
    expect(document.getElementById('bargain-share')).toBeNull();
  });
});

import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { fakeRequest, json, type FakeCall } from '@/test/fake-request';
import { address, flashSale, order, uuid } from '@/test/marketing-fixtures';
import { FlashSaleScreen } from './index';
import { useFlashSale } from './use-flash-sale';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const buyer = { addresses: [address], address, reload: async () => undefined };
const token = () => ({ token: 'pass-1', expiresAt: new Date(Date.now() + 60_000).toISOString() });

function Harness({ saleId }: { saleId: string }) {
  const state = useFlashSale(saleId);
  return state.sale ? <FlashSaleScreen state={state} buyer={buyer} /> : null;
}

const text = (id: string) => document.getElementById(id)!.textContent;

describe('FlashSaleScreen', () => {
  it('before the start: a countdown to it, the stock bar, no pass asked for and no buying', async () => {
    const sale = flashSale({ status: 'upcoming', startsAt: new Date(Date.now() + 90_500).toISOString(), unitsLeft: 10 });
    const fake = fakeRequest(() => json(200, sale));
    mockRequest.mockImplementation(fake.request);
    render(<Harness saleId={sale.id} />);
    await waitFor(() => expect(text('flash-phase')).toBe('即将开始'));
    expect(text('flash-countdown')).toMatch(/^距开始00:01:3[01]$/);
    expect(text('flash-left')).toBe('剩 10/10 件');
    expect(text('flash-buy')).toBe('即将开始');
    expect(document.getElementById('flash-buy')!.className).toContain('mall-btn--off');
    expect(fake.calls.map((c) => c.url)).toEqual([`/flash-sales/${sale.id}`]);
  });

  it('while live: fetches the pass, buys with it and a requestId, then pays', async () => {
    const sale = flashSale();
    const placed = order({ source: 'flash_sale', sourceId: sale.id, totalFen: 19800, itemsFen: 19800 });
    const fake = fakeRequest((c: FakeCall) => {
      if (c.url === `/flash-sales/${sale.id}`) return json(200, sale);
      if (c.url === `/flash-sales/${sale.id}/token`) return json(200, token());
      if (c.url === `/flash-sales/${sale.id}/orders`) return json(201, { order: placed, unitsLeft: 4 });
      if (c.url === `/orders/${placed.id}/pay`) return json(200, { provider: 'dev', paymentId: uuid(300) });
      return json(404, { code: 'NOT_FOUND', message: 'no' });
    });
    mockRequest.mockImplementation(fake.request);
    render(<Harness saleId={sale.id} />);
    await waitFor(() => expect(fake.calls.some((c) => c.url.endsWith('/token'))).toBe(true));
    expect(text('flash-countdown')).toMatch(/^距结束/);
    expect(text('flash-left')).toBe('剩 6/10 件');
    expect(text('flash-sold')).toBe('已抢 40%');
    expect((document.querySelector('#flash-stock-bar .mk-bar__fill') as HTMLElement).style.width).toBe('60%');

    fireEvent.click(document.getElementById('flash-qty-plus')!);
    expect(text('flash-total')).toBe('¥198.00');
    // The per-buyer limit (2) bounds the quantity.
    expect(document.getElementById('flash-qty-plus')!.className).toContain('stepper__btn--off');
    await act(async () => {
      fireEvent.click(document.getElementById('flash-buy')!);
    });
    await waitFor(() => expect(document.getElementById('pay-dev-sheet')).not.toBeNull());
    expect(fake.calls.find((c) => c.url.endsWith('/orders'))!.data).toEqual({ token: 'pass-1', requestId: expect.any(String), addressId: address.id, quantity: 2 });
    expect(text('flash-left')).toBe('剩 4/10 件');
  });

  it('shows sold out and the limit in words and on the button', async () => {
    const sale = flashSale();
    mockRequest.mockImplementation(
      fakeRequest((c) => {
        if (c.url.endsWith('/token')) return json(200, token());
        if (c.url.endsWith('/orders')) return json(409, { code: 'FLASH_SALE_LIMIT_REACHED', message: 'limit' });
        return json(200, sale);
      }).request,
    );
    render(<Harness saleId={sale.id} />);
    await waitFor(() => expect(text('flash-buy')).toBe('立即抢购'));
    await act(async () => {
      fireEvent.click(document.getElementById('flash-buy')!);
    });
    await waitFor(() => expect(text('flash-buy')).toBe('已达限购'));
    expect(text('flash-message')).toBe('已达到每人限购数量');

    mockRequest.mockImplementation(fakeRequest((c) => (c.url.endsWith('/token') ? json(200, token()) : json(200, flashSale({ unitsLeft: 0 })))).request);
    render(<Harness saleId={sale.id} />);
    await waitFor(() => expect(document.querySelectorAll('#flash-buy')[1]!.textContent).toBe('已抢光'));
  });
});

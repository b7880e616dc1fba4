import { act, renderHook } from '@testing-library/react';
import { fakeRequest, json } from '@/test/fake-request';
import { usePayOrder } from './use-pay-order';

const mockRequest = jest.fn();
const mockShowModal = jest.fn(async (_options: { content: string }) => ({ confirm: true, cancel: false }));
jest.mock('@tarojs/taro', () => {
  const mocked = jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest((options) =>
    mockRequest(options),
  );
  Object.assign(mocked.default, { showModal: (options: { content: string }) => mockShowModal(options) });
  return mocked;
});

const orderId = '11111111-1111-4111-8111-111111111111';
const paymentId = '22222222-2222-4222-8222-222222222222';
const wechatParams = { appId: 'wx0123456789abcdef', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=x', signType: 'RSA', paySign: 's' };

function serve(pay: object) {
  const fake = fakeRequest((c) => {
    if (c.url === `/orders/${orderId}/pay`) return json(200, pay);
    if (c.url === `/payments/${paymentId}/dev-confirm`) return json(404, { code: 'PAYMENT_NOT_FOUND', message: 'gone' });
    return json(404, { code: 'NOT_FOUND', message: 'no' });
  });
  mockRequest.mockImplementation(fake.request);
  return fake;
}

describe('usePayOrder', () => {
  beforeEach(() => mockShowModal.mockClear());

  it('with the dev provider, waits for the 模拟支付 confirmation and shows a refusal in words', async () => {
    const fake = serve({ provider: 'dev', paymentId });
    const onSettled = jest.fn();
    const { result } = renderHook(() => usePayOrder({ onSettled }));
    await act(() => result.current.pay(orderId));
    expect(result.current.devPaymentId).toBe(paymentId);
    expect(onSettled).not.toHaveBeenCalled();

    await act(() => result.current.confirmDev());
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST /orders/${orderId}/pay`, `POST /payments/${paymentId}/dev-confirm`]);
    expect(result.current.message).toBe('支付单不存在，请重新发起支付');
    expect(onSettled).not.toHaveBeenCalled();

    act(() => result.current.cancelDev());
    expect(result.current.devPaymentId).toBeNull();
    expect(onSettled).toHaveBeenCalledWith(orderId, false);
  });

  it('hands WeChat’s parameters to the platform and reports a payment WeChat confirmed', async () => {
    serve({ provider: 'wechat', paymentId, params: wechatParams });
    const onSettled = jest.fn();
    const requestPayment = jest.fn(async () => ({ kind: 'paid' as const }));
    const { result } = renderHook(() => usePayOrder({ onSettled, requestPayment }));
    await act(() => result.current.pay(orderId));
    expect(requestPayment).toHaveBeenCalledWith(wechatParams);
    expect(onSettled).toHaveBeenCalledWith(orderId, true);
  });

  it('in a browser (the H5 pay module), says WeChat Pay needs the mini-program', async () => {
    serve({ provider: 'wechat', paymentId, params: wechatParams });
    const onSettled = jest.fn();
    const { result } = renderHook(() => usePayOrder({ onSettled }));
    await act(() => result.current.pay(orderId));
    expect(mockShowModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('微信小程序') }));
    expect(onSettled).toHaveBeenCalledWith(orderId, false);
  });

  it('says a server refusal in words', async () => {
    const fake = fakeRequest(() => json(409, { code: 'ORDER_STATE_CONFLICT', message: 'paid already' }));
    mockRequest.mockImplementation(fake.request);
    const onSettled = jest.fn();
    const { result } = renderHook(() => usePayOrder({ onSettled }));
    await act(() => result.current.pay(orderId));
    expect(result.current.message).toBe('订单状态已变化，请刷新后再试');
    expect(onSettled).not.toHaveBeenCalled();
  });
});

import type { CreateOrderRequest, Order } from '@livemall/shared';
import { ApiError } from '@/services/api-error';
import { createOrderSubmitter, type OrderDraft } from './order-submitter';
import { decodeLines, encodeLines } from './checkout-lines';

const sku1 = '11111111-1111-4111-8111-111111111111';
const sku2 = '22222222-2222-4222-8222-222222222222';
const address = '33333333-3333-4333-8333-333333333333';
const draft: OrderDraft = { lines: [{ skuId: sku1, quantity: 2 }], addressId: address, fromCart: true };
const order = { id: 'order-1' } as Order;

function setup(answers: (() => Promise<Order>)[]) {
  const sent: CreateOrderRequest[] = [];
  let ids = 0;
  const submit = createOrderSubmitter(
    (body) => {
      sent.push(body);
      return answers.shift()!();
    },
    () => `id-${++ids}`,
  );
  return { submit, sent };
}

const networkError = () => Promise.reject(new ApiError('NETWORK_ERROR', 0, 'request:fail timeout'));

describe('createOrderSubmitter', () => {
  it('retries after a network error with the same requestId and body', async () => {
    const { submit, sent } = setup([networkError, () => Promise.reject(new ApiError('BAD_RESPONSE', 502, 'bad gateway')), () => Promise.resolve(order)]);
    await expect(submit(draft)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await expect(submit(draft)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
    await expect(submit(draft)).resolves.toBe(order);
    expect(sent.map((b) => b.requestId)).toEqual(['id-1', 'id-1', 'id-1']);
    expect(sent[2]).toEqual({ ...draft, requestId: 'id-1' });
  });

  it('keeps the id when a success could not be read (the order may exist)', async () => {
    const { submit, sent } = setup([() => Promise.reject(new ApiError('CONTRACT_MISMATCH', 201, 'mismatch')), () => Promise.resolve(order)]);
    await expect(submit(draft)).rejects.toBeInstanceOf(ApiError);
    await submit(draft);
    expect(sent.map((b) => b.requestId)).toEqual(['id-1', 'id-1']);
  });

  it('uses a fresh id after a success and after a definite refusal', async () => {
    const { submit, sent } = setup([
      () => Promise.resolve(order),
      () => Promise.reject(new ApiError('OUT_OF_STOCK', 409, 'out of stock')),
      () => Promise.resolve(order),
    ]);
    await submit(draft);
    await expect(submit(draft)).rejects.toMatchObject({ code: 'OUT_OF_STOCK' });
    await submit(draft);
    expect(sent.map((b) => b.requestId)).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('uses a fresh id when the draft changed between attempts, and not for the same lines reordered', async () => {
    const two: OrderDraft = { ...draft, lines: [{ skuId: sku1, quantity: 2 }, { skuId: sku2, quantity: 1 }] };
    const { submit, sent } = setup([networkError, networkError, networkError, () => Promise.resolve(order)]);
    await expect(submit(two)).rejects.toBeInstanceOf(ApiError);
    await expect(submit({ ...two, lines: [...two.lines].reverse() })).rejects.toBeInstanceOf(ApiError);
    await expect(submit({ ...two, addressId: '44444444-4444-4444-8444-444444444444' })).rejects.toBeInstanceOf(ApiError);
    await submit(two);
    expect(sent.map((b) => b.requestId)).toEqual(['id-1', 'id-1', 'id-2', 'id-3']);
  });
});

describe('checkout lines in the URL', () => {
  it('round-trips lines and rejects anything malformed', () => {
    const lines = [{ skuId: sku1, quantity: 2 }, { skuId: sku2, quantity: 99 }];
    expect(decodeLines(encodeLines(lines))).toEqual(lines);
    expect(decodeLines(encodeURIComponent(encodeLines(lines)))).toEqual(lines);
    expect(decodeLines(undefined)).toBeNull();
    expect(decodeLines(`${sku1}*0`)).toBeNull();
    expect(decodeLines(`${sku1}*100`)).toBeNull();
    expect(decodeLines(`${sku1}*1,${sku1}*2`)).toBeNull();
    expect(decodeLines('not-a-uuid*1')).toBeNull();
  });
});

import { api } from '@livemall/shared';
import { ApiError } from './api-error';
import { errorText } from './error-text';

const generic = errorText(new Error('x'));

describe('errorText', () => {
  it('has words for every error the mall’s routes can answer with', () => {
    const mallTags = new Set(['mall', 'cart', 'orders', 'payments']);
    const codes = new Set(
      Object.values(api)
        .filter((route) => mallTags.has(route.tag))
        .flatMap((route) => route.errors ?? []),
    );
    expect(codes.size).toBeGreaterThan(10);
    const missing = [...codes].filter((code) => errorText(new ApiError(code, 400, 'x')) === generic);
    expect(missing).toEqual([]);
  });

  it('says stock and state problems in words, and unknown failures generically', () => {
    expect(errorText(new ApiError('OUT_OF_STOCK', 409, 'x'))).toBe('库存不足，请减少数量或换个规格');
    expect(errorText(new ApiError('MIXED_MERCHANTS', 400, 'x'))).toContain('同一店铺');
    expect(errorText(new Error('boom'))).toBe('出错了，请稍后再试');
  });
});

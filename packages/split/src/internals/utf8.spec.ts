import fc from 'fast-check';
import { utf8 } from './utf8';

describe('utf8', () => {
  it('matches TextEncoder for any string, including astral and lone surrogates', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(Array.from(utf8(s))).toEqual(Array.from(encoder.encode(s)));
      }),
    );
    for (const s of ['红包', '🧧 抢到了', '\ud800', 'a\udc00b']) expect(Array.from(utf8(s))).toEqual(Array.from(encoder.encode(s)));
  });
});

import { z } from 'zod';
import { AppException } from '../errors/app-exception';
import { decodeCursor, encodeCursor, pageFrom } from './cursor';

const schema = z.object({ seq: z.number().int() });

describe('cursor paging', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(schema, encodeCursor({ seq: 42 }))).toEqual({ seq: 42 });
    expect(decodeCursor(schema, undefined)).toBeUndefined();
  });

  it.each(['%%%', encodeCursor({ seq: 'x' }), encodeCursor([1]), Buffer.from('not json').toString('base64url')])(
    'rejects the forged cursor %s with a 400 on query.cursor',
    (cursor) => {
      try {
        decodeCursor(schema, cursor);
        throw new Error('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(AppException);
        expect((e as AppException).details?.issues).toEqual([{ path: ['query', 'cursor'], message: expect.any(String) }]);
      }
    },
  );

  it('gives a next cursor only when a row beyond the page exists', () => {
    const rows = [{ seq: 5 }, { seq: 4 }, { seq: 3 }];
    expect(pageFrom(rows, 2, (r) => r)).toEqual({ items: rows.slice(0, 2), nextCursor: encodeCursor({ seq: 4 }) });
    expect(pageFrom(rows, 3, (r) => r)).toEqual({ items: rows, nextCursor: null });
  });
});

import { z } from 'zod';
import { AppException } from '../errors/app-exception';
import { parseQueryString } from '../http/query-string';
import { validate } from './validate';

describe('validate', () => {
  const schema = z.object({ name: z.string().max(20), tags: z.array(z.string()).default([]) });

  it('returns what the schema parsed', () => {
    expect(validate(schema, { name: '店铺' }, 'body')).toEqual({ name: '店铺', tags: [] });
  });

  // PostgreSQL text cannot hold U+0000: such input passed the schemas and failed the INSERT (a 500).
  it.each([
    [{ name: 'a\u0000b' }, 'body.name'],
    [{ name: 'ok', tags: ['x', '\u0000'] }, 'body.tags.1'],
    [{ name: 'x\ud83dy' }, 'body.name'],
  ])('refuses a NUL character or a lone surrogate anywhere, naming where: %j', (input, where) => {
    const error = (() => {
      try {
        validate(schema, input, 'body');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppException);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: `Invalid ${where}: a NUL character or a lone surrogate` });
  });

  it('refuses a query whose text was not percent-encoded UTF-8, naming the key, even where the schema takes any string', () => {
    const query = z.object({ q: z.string().optional(), cursor: z.string().optional() });
    expect(validate(query, parseQueryString('q=%E5%A5%BD'), 'query')).toEqual({ q: '好' });
    expect(() => validate(query, parseQueryString('q=ok&cursor=x%ED%A0%80y'), 'query')).toThrow('Invalid query.cursor: not percent-encoded UTF-8');
  });

  it('lets other edge text through (emoji, joiners, right-to-left marks)', () => {
    expect(validate(schema, { name: '👩‍👩‍👧\u202eab' }, 'body').name).toBe('👩‍👩‍👧\u202eab');
  });
});

describe('validate on deep input', () => {
  it('walks JSON nested 100,000 deep in an unknown field without overflowing the stack', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const schema = z.object({ events: z.array(z.unknown()) });
    expect(() => validate(schema, { events: [deep] }, 'body')).toThrow('a NUL character');
    expect(validate(schema, { events: [[[[1]]]] }, 'body')).toEqual({ events: [[[[1]]]] });
  });
});

import { parseQueryString, UNDECODABLE } from './query-string';

describe('the query-string parser', () => {
  it('decodes keys and values, + as a space, and repeats into an array', () => {
    const q = parseQueryString('q=%E5%A5%BD%E8%B4%A7+%2B1&limit=20&tag=a&tag=b&tag=c&empty=&flag');
    expect(Object.fromEntries(Object.entries(q))).toEqual({ q: '好货 +1', limit: '20', tag: ['a', 'b', 'c'], empty: '', flag: '' });
    expect(q[UNDECODABLE]).toBeUndefined();
  });

  it('lists the keys whose key or value is not percent-encoded UTF-8, and keeps them out of the result', () => {
    // %ED%A0%80 is a lone surrogate as bytes; %FF is never UTF-8; %E5%A5 is a character cut short; %zz is no escape.
    const q = parseQueryString('q=%ED%A0%80&cursor=x%FFy&ok=1&name=%E5%A5&%ED%A0%80=1&p=%zz');
    expect(Object.fromEntries(Object.entries(q))).toEqual({ ok: '1' });
    expect(q[UNDECODABLE]).toEqual(['q', 'cursor', 'name', '%ED%A0%80', 'p']);
  });

  it('keeps __proto__ a plain key, without touching any prototype', () => {
    const q = parseQueryString('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(q)).toBeNull();
    expect(q['__proto__']).toBe('x');
    expect(q['constructor']).toBe('y');
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

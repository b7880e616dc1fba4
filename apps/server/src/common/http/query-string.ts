/**
 * The query-string parser Fastify is given. Fastify's own keeps a value it cannot percent-decode as the raw
 * text (`q=%ED%A0%80`, the bytes of a lone surrogate, arrived as the string "%ED%A0%80"), so a search for
 * bytes that are not UTF-8 answered 200 and a garbled cursor was read as text. Here such a key is listed
 * under UNDECODABLE and `validate` answers 400 for it.
 */
export const UNDECODABLE = Symbol('query keys that are not percent-encoded UTF-8');

export type ParsedQuery = Record<string, string | string[]> & { [UNDECODABLE]?: string[] };

function decode(text: string): string | null {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

export function parseQueryString(query: string): ParsedQuery {
  // No prototype: `?__proto__=x` is a key like any other, as with Fastify's parser.
  const out = Object.create(null) as ParsedQuery;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decode(rawKey);
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null) {
      (out[UNDECODABLE] ??= []).push(key ?? rawKey);
      continue;
    }
    const known = out[key];
    out[key] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value];
  }
  return out;
}

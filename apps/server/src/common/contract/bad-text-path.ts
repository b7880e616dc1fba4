/**
 * Where a parsed input holds text PostgreSQL cannot store, if anywhere: a NUL character (sent as the JSON
 * escape `\u0000`, or `%00` in a URL) or a lone UTF-16 surrogate (`\ud83d` alone). Both passed every
 * schema and then failed the INSERT (NUL in text, a lone surrogate in jsonb) — a 500, and for live
 * comments, which are stored in batches, every other viewer's comment in the same batch lost. No field
 * has a use for either, so input with one is refused.
 *
 * A loop, not recursion: an `unknown` field may hold JSON nested 100,000 deep, which would overflow the
 * stack (another 500).
 */
/** A lone surrogate: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

export function badTextPath(value: unknown): Array<string | number> | undefined {
  // Each entry points at its parent, so the path is only built for the one NUL found.
  type Entry = { value: unknown; key: string | number | undefined; parent: Entry | undefined };
  const pathOf = (e: Entry | undefined, last?: string): Array<string | number> => {
    const reversed: Array<string | number> = last === undefined ? [] : [last];
    for (let at = e; at && at.key !== undefined; at = at.parent) reversed.push(at.key);
    return reversed.reverse();
  };
  const stack: Entry[] = [{ value, key: undefined, parent: undefined }];
  for (let e = stack.pop(); e; e = stack.pop()) {
    const v = e.value;
    if (typeof v === 'string') {
      if (unstorable(v)) return pathOf(e);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: e });
    } else if (v && typeof v === 'object') {
      for (const [key, child] of Object.entries(v).reverse()) {
        if (unstorable(key)) return pathOf(e, key);
        stack.push({ value: child, key, parent: e });
      }
    }
  }
  return undefined;
}

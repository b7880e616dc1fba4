import { ErrorCode } from '@livemall/shared';
import type { z } from 'zod';
import { AppException } from '../errors/app-exception';

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string | undefined): z.output<S> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: same answer as a wrong shape
  }
  throw invalidCursor();
}

/** The answer for a cursor no list gave out: a 400, never a silent first page. */
export function invalidCursor(): AppException {
  return new AppException(ErrorCode.VALIDATION_FAILED, 'Invalid query.cursor: not a cursor this list gave out', {
    issues: [{ path: ['query', 'cursor'], message: 'not a cursor this list gave out' }],
  });
}

/** Fetch one row more than asked: its presence says whether there is a next page. */
export function pageFrom<T, K>(rows: T[], limit: number, keyOf: (row: T) => K): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

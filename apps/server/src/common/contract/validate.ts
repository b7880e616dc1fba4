import { ErrorCode } from '@livemall/shared';
import type { z } from 'zod';
import { AppException } from '../errors/app-exception';

/** Parses one part of a request; a failure is a 400 listing every failing field path. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, part: 'body' | 'query' | 'params'): z.output<S> {
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: [part, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message }));
  const first = issues[0];
  throw new AppException(
    ErrorCode.VALIDATION_FAILED,
    first ? `Invalid ${first.path.join('.')}: ${first.message}` : `Invalid ${part}`,
    { issues },
  );
}

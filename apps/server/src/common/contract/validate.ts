import { ErrorCode, errorCodeSchema } from '@livemall/shared';
import type { z } from 'zod';
import { AppException } from '../errors/app-exception';
import { UNDECODABLE, type ParsedQuery } from '../http/query-string';
import { badTextPath } from './bad-text-path';

/**
 * Parses one part of a request; a failure is a 400 listing every failing field path. A contract's refine
 * may name a stable error code in `params.code` (a rule the client words apart, e.g. `BIRTHDAY_INVALID`),
 * answered when it is the only thing wrong.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, part: 'body' | 'query' | 'params'): z.output<S> {
  const undecodable = part === 'query' ? (value as ParsedQuery | undefined)?.[UNDECODABLE]?.[0] : undefined;
  if (undecodable !== undefined) {
    const path = [part, undecodable];
    throw new AppException(ErrorCode.VALIDATION_FAILED, `Invalid ${path.join('.')}: not percent-encoded UTF-8`, { issues: [{ path, message: 'not percent-encoded UTF-8' }] });
  }
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}));
  if (result.success) {
    const nul = badTextPath(result.data);
    if (!nul) return result.data;
    const path = [part, ...nul];
    throw new AppException(ErrorCode.VALIDATION_FAILED, `Invalid ${path.join('.')}: a NUL character or a lone surrogate`, { issues: [{ path, message: 'a NUL character or a lone surrogate' }] });
  }
  const issues = result.error.issues.map((i) => ({ path: [part, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message }));
  const first = issues[0];
  // Only when that rule is all that failed (13/1 is a malformed body, 2/30 a day that does not exist).
  const codes = result.error.issues.map((i) => errorCodeSchema.safeParse(i.code === 'custom' ? i.params?.code : undefined).data);
  const named = codes.every((c) => c !== undefined && c === codes[0]) ? codes[0] : undefined;
  throw new AppException(
    named ?? ErrorCode.VALIDATION_FAILED,
    first ? `Invalid ${first.path.join('.')}: ${first.message}` : `Invalid ${part}`,
    { issues },
  );
}

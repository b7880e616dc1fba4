import { z } from 'zod';

/**
 * A point in time, ISO 8601 (`2026-12-07T08:00:00Z`). zod's datetime takes any four-digit year, 0000 too,
 * which PostgreSQL refuses (its calendar has no year 0): a merchant's `startsAt` of 0000-01-01 reached the
 * INSERT and answered 500. Nothing here happens before 1970, so that is the floor.
 */
const fromEpoch = (s: string) => Date.parse(s) >= 0;
const FLOOR = 'a time from 1970 on';

export const instantSchema = z.string().datetime().refine(fromEpoch, FLOOR);
/** The same with an offset allowed (`+08:00`), for times a person typed in their own zone. */
export const instantWithOffsetSchema = z.string().datetime({ offset: true }).refine(fromEpoch, FLOOR);

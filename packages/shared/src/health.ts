import { z } from 'zod';

const componentStatus = z.enum(['up', 'down', 'disabled']);

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number().int().nonnegative(),
  database: z.object({
    status: componentStatus,
    /** `embedded`: the server started its own PostgreSQL; `external`: `DATABASE_URL`. */
    mode: z.enum(['embedded', 'external']),
    latencyMs: z.number().nonnegative().optional(),
  }),
  redis: z.object({
    status: componentStatus,
    latencyMs: z.number().nonnegative().optional(),
  }),
});
export type Health = z.infer<typeof healthSchema>;

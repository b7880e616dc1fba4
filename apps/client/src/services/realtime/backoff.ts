export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Delay before reconnect attempt `attempt` (0-based): exponential, capped, with "equal jitter" (half
 * fixed, half random) so a room's viewers, dropped together by a server restart, do not return together.
 */
export function backoffDelay(attempt: number, random: () => number, { baseMs, maxMs }: BackoffOptions = defaultBackoff): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

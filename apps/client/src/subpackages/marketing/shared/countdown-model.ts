/**
 * Countdowns of the marketing pages (a flash sale's start and end, a group's or a bargain's expiry). Pure:
 * the page passes `now`, so tests need no timers.
 */

export interface CountdownParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** The moment has come (or passed). */
  done: boolean;
}

/** Milliseconds until `target` split into days to seconds, rounded up (a second left shows as 1). */
export function countdownParts(targetIso: string, now: number): CountdownParts {
  const ms = Date.parse(targetIso) - now;
  const total = Number.isNaN(ms) ? 0 : Math.max(0, Math.ceil(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
    done: total === 0,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2天 03:04:05`, `03:04:05`, `00:00:00` when done. */
export function formatCountdown(targetIso: string, now: number): string {
  const p = countdownParts(targetIso, now);
  const clock = `${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}`;
  return p.days ? `${p.days}天 ${clock}` : clock;
}

export type Phase = 'upcoming' | 'live' | 'ended';

/**
 * Where a window is now by the device's clock. The server's `status` stays the authority (a stopped
 * sale is `ended` early); this only moves the page on when a countdown reaches zero while it is open.
 */
export function phaseAt(startsAt: string, endsAt: string, now: number, serverPhase: Phase): Phase {
  if (serverPhase === 'ended') return 'ended';
  if (now >= Date.parse(endsAt)) return 'ended';
  if (now >= Date.parse(startsAt)) return 'live';
  return 'upcoming';
}

/** What the countdown counts to and says: `距开始` before, `距结束` during, nothing after. */
export function phaseCountdown(startsAt: string, endsAt: string, phase: Phase, now: number): { label: string; text: string } | null {
  if (phase === 'upcoming') return { label: '距开始', text: formatCountdown(startsAt, now) };
  if (phase === 'live') return { label: '距结束', text: formatCountdown(endsAt, now) };
  return null;
}

/** The time, injected: code that signs or checks times reads it here so tests can fix the moment exactly. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };

/** A clock that says what it is told: for tests. */
export function fixedClock(at: Date | string | number): Clock & { set(at: Date | string | number): void } {
  let t = new Date(at);
  return { now: () => new Date(t), set: (next) => (t = new Date(next)) };
}

import { countdownParts, formatCountdown, phaseAt, phaseCountdown } from './countdown-model';

const at = (iso: string) => Date.parse(iso);
const start = '2026-11-22T12:00:00.000Z';
const end = '2026-11-22T13:00:00.000Z';

describe('countdown', () => {
  it('splits the time left into days, hours, minutes and seconds, rounding a part second up', () => {
    expect(countdownParts('2026-11-24T15:04:05.000Z', at('2026-11-22T12:00:00.000Z'))).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5, done: false });
    expect(countdownParts(start, at(start) - 1)).toMatchObject({ seconds: 1, done: false });
    expect(countdownParts(start, at(start))).toMatchObject({ seconds: 0, done: true });
    expect(countdownParts(start, at(start) + 5000).done).toBe(true);
    expect(countdownParts('not a date', 0).done).toBe(true);
  });

  it('formats with a day count only when there are days', () => {
    expect(formatCountdown('2026-11-24T15:04:05.000Z', at('2026-11-22T12:00:00.000Z'))).toBe('2天 03:04:05');
    expect(formatCountdown(start, at(start) - 65_000)).toBe('00:01:05');
    expect(formatCountdown(start, at(start) + 1)).toBe('00:00:00');
  });

  it('moves a window on by the clock, but never reopens what the server ended', () => {
    expect(phaseAt(start, end, at(start) - 1, 'upcoming')).toBe('upcoming');
    expect(phaseAt(start, end, at(start), 'upcoming')).toBe('live');
    expect(phaseAt(start, end, at(end), 'live')).toBe('ended');
    expect(phaseAt(start, end, at(start) + 1, 'ended')).toBe('ended');
  });

  it('counts to the start before and to the end during', () => {
    expect(phaseCountdown(start, end, 'upcoming', at(start) - 3_000)).toEqual({ label: '距开始', text: '00:00:03' });
    expect(phaseCountdown(start, end, 'live', at(start))).toEqual({ label: '距结束', text: '01:00:00' });
    expect(phaseCountdown(start, end, 'ended', at(end))).toBeNull();
  });
});

import { GcTrace, parseMajorGc } from './support/gc-trace';

// The soak's memory verdict reads these figures; if V8's format drifted the verdict would have nothing to
// judge, so the parser is pinned to lines node 20 prints.
describe('the GC trace reader', () => {
  const major =
    '[5007:0x42377e70]      399 ms: Mark-Compact 58.4 (77.2) -> 48.7 (83.3) MB, 16.54 / 0.01 ms  (+ 2.5 ms in 14 steps since start of marking, biggest step 1.6 ms, walltime since start of marking 78 ms) (average mu = 1.000, current mu = 1.000) finalize incremental marking via stack guard; GC in old space requested';
  const reduce = '[5007:0x42377e70]    91234 ms: Mark-Compact (reduce) 120.0 (140.5) -> 101.25 (130.0) MB, 30.1 / 0.0 ms  (average mu = 0.9) memory reducer';
  const scavenge = '[5007:0x42377e70]      120 ms: Scavenge 9.8 (10.5) -> 9.1 (13.5) MB, 1.20 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure;';

  it('takes the live heap after a major collection and ignores scavenges and other output', () => {
    expect(parseMajorGc(major)).toEqual({ atMs: 399, beforeMb: 58.4, afterMb: 48.7 });
    expect(parseMajorGc(reduce)).toEqual({ atMs: 91234, beforeMb: 120, afterMb: 101.25 });
    expect(parseMajorGc(scavenge)).toBeNull();
    expect(parseMajorGc('{"level":50,"msg":"Mark-Compact 1 (2) -> 3 (4) MB"}')).toBeNull();
  });

  it('keeps the latest major collection across chunks split mid-line', () => {
    const trace = new GcTrace();
    expect(trace.liveBytes()).toBeNull();
    trace.write(`${scavenge}\n${major.slice(0, 50)}`);
    expect(trace.count).toBe(0);
    trace.write(`${major.slice(50)}\n${scavenge}\n`);
    expect(trace.liveBytes()).toBe(48.7 * 2 ** 20);
    trace.write(`${reduce}\n`);
    expect(trace.count).toBe(2);
    expect(trace.liveBytes()).toBe(101.25 * 2 ** 20);
  });
});

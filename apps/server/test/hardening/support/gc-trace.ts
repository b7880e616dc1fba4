/**
 * Reads V8's `--trace-gc` lines from a server's stdout and keeps the heap left live after the latest major
 * (mark-compact) collection. That figure is the soak's leak signal: RSS saw-tooths by ~100 MB between
 * collections and includes V8's spare pages, whereas what survives a full mark-compact is what the
 * process still holds on to.
 */
// [5007:0x42377e70]      399 ms: Mark-Compact 58.4 (77.2) -> 48.7 (83.3) MB, 16.54 / 0.01 ms  (...)
// and "Mark-Compact (reduce)"; scavenges and minor mark-sweeps are not major collections.
const MAJOR = /\s(\d+) ms: Mark-Compact(?: \(reduce\))? ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/;

export interface MajorGc {
  /** Milliseconds since the process started, as V8 prints it. */
  atMs: number;
  beforeMb: number;
  afterMb: number;
}

export function parseMajorGc(line: string): MajorGc | null {
  const m = MAJOR.exec(line);
  return m ? { atMs: Number(m[1]), beforeMb: Number(m[2]), afterMb: Number(m[4]) } : null;
}

export class GcTrace {
  private partial = '';
  latest: MajorGc | null = null;
  count = 0;

  /** Feed raw stdout chunks; lines may be split across chunks. */
  write(chunk: string | Buffer): void {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const gc = parseMajorGc(line);
      if (gc) {
        this.latest = gc;
        this.count++;
      }
    }
  }

  /** Live heap after the latest major collection, in bytes, or null before the first one. */
  liveBytes(): number | null {
    return this.latest ? this.latest.afterMb * 2 ** 20 : null;
  }
}

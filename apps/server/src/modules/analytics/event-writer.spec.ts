import { strictFake } from '../../../test/support/strict-fake';
import type { AnalyticsRepository } from './analytics.repository';
import type { EventRow } from './event-row';
import { EventWriter } from './event-writer';

const row = (id: string) => ({ id }) as EventRow;

/** A repository whose statements finish when the test says so. */
function slowRepo() {
  const calls: Array<{ ids: string[]; finish(error?: Error): void }> = [];
  const repo = strictFake<AnalyticsRepository>('AnalyticsRepository', {
    insertBatch: (rows) =>
      new Promise<number>((resolve, reject) => {
        calls.push({ ids: rows.map((r) => r.id), finish: (error) => (error ? reject(error) : resolve(rows.length)) });
      }),
  });
  return { repo, calls };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('EventWriter', () => {
  it('writes at once when idle, gathers what arrives while two statements run, and answers each caller after its statement', async () => {
    const { repo, calls } = slowRepo();
    const w = new EventWriter(repo);
    const answered: string[] = [];
    const write = (id: string) => void w.write([row(id)]).then(() => answered.push(id));
    write('a');
    write('b');
    write('c');
    write('d');
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['b']]);
    calls[1]!.finish();
    await settled();
    expect(answered).toEqual(['b']);
    expect(calls.map((c) => c.ids)).toEqual([['a'], ['b'], ['c', 'd']]);
    calls[2]!.finish();
    calls[0]!.finish();
    await settled();
    expect(answered.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a failed statement fails exactly its callers', async () => {
    const { repo, calls } = slowRepo();
    const w = new EventWriter(repo);
    const results: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) void w.write([row(id)]).then(() => results.push(`${id} ok`), () => results.push(`${id} failed`));
    calls[0]!.finish();
    await settled();
    calls[2]!.finish(new Error('db down'));
    calls[1]!.finish();
    await settled();
    expect(results.sort()).toEqual(['a ok', 'b ok', 'c failed', 'd failed']);
  });

  it('shutdown waits until every gathered row is written', async () => {
    const { repo, calls } = slowRepo();
    const w = new EventWriter(repo);
    for (const id of ['a', 'b', 'c']) void w.write([row(id)]);
    let down = false;
    void w.beforeApplicationShutdown().then(() => (down = true));
    calls[0]!.finish();
    calls[1]!.finish();
    await settled();
    expect(down).toBe(false);
    calls[2]!.finish();
    await settled();
    expect(down).toBe(true);
    await expect(new EventWriter(repo).beforeApplicationShutdown()).resolves.toBeUndefined();
  });
});

import { GrabBatcher } from './grab-batcher';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('GrabBatcher', () => {
  it('serves whoever waits during a batch with the next single batch, per packet', async () => {
    const batches: string[][] = [];
    let release: () => void = () => undefined;
    const batcher = new GrabBatcher<string, number>(
      (u) => u,
      async (_packet, users) => {
        batches.push(users);
        if (batches.length === 1) await new Promise<void>((r) => (release = r));
        return new Map(users.map((u, i) => [u, i]));
      },
      async () => {
        throw new Error('not expected');
      },
    );
    const first = batcher.submit('p', 'a');
    await tick();
    const rest = ['b', 'c', 'b'].map((u) => batcher.submit('p', u));
    await tick();
    release();
    await expect(first).resolves.toBe(0);
    await expect(Promise.all(rest)).resolves.toEqual([0, 1, 0]); // "b" twice gets one answer
    expect(batches).toEqual([['a'], ['b', 'c']]);
  });

  it('answers null for those a batch did not serve, and retries a failed batch one by one', async () => {
    const singles: string[] = [];
    let release: () => void = () => undefined;
    const batcher = new GrabBatcher<string, string>(
      (u) => u,
      async (_p, users) => {
        if (users[0] === 'first') await new Promise<void>((r) => (release = r));
        if (users.includes('boom')) throw new Error('unique violation');
        return new Map([['first', 'won-first']]);
      },
      async (_p, u) => {
        singles.push(u);
        return u === 'boom' ? null : `single-${u}`;
      },
    );
    const first = batcher.submit('p', 'first');
    await tick();
    const queued = Promise.all([batcher.submit('p', 'boom'), batcher.submit('p', 'z')]);
    await tick();
    release();
    await expect(first).resolves.toBe('won-first');
    await expect(queued).resolves.toEqual([null, 'single-z']);
    expect(singles).toEqual(['boom', 'z']);
    await expect(batcher.submit('p', 'late')).resolves.toBeNull();
  });

  it('sends the next batch before answering the one that came back, and leaves nobody waiting', async () => {
    const events: string[] = [];
    const releases: Array<() => void> = [];
    const batcher = new GrabBatcher<string, string>(
      (u) => u,
      async (_p, users) => {
        events.push(`sent ${users.join(',')}`);
        await new Promise<void>((r) => releases.push(r));
        return new Map(users.map((u) => [u, `won-${u}`]));
      },
      async () => {
        throw new Error('not expected');
      },
    );
    const answered = (p: Promise<string | null>) => p.then((v) => events.push(`answered ${v}`));
    const first = answered(batcher.submit('p', 'a'));
    await tick();
    const second = answered(batcher.submit('p', 'b'));
    await tick();
    releases.shift()?.();
    await first;
    expect(events).toEqual(['sent a', 'sent b', 'answered won-a']);
    releases.shift()?.();
    await second;
    const late = answered(batcher.submit('p', 'c'));
    await tick();
    releases.shift()?.();
    await late;
    expect(events).toEqual(['sent a', 'sent b', 'answered won-a', 'answered won-b', 'sent c', 'answered won-c']);
  });
});

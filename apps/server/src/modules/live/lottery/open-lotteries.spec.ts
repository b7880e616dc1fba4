import type { Lottery } from '@livemall/shared';
import { OpenLotteries } from './open-lotteries';

const lottery = (over: Partial<Lottery>): Lottery => ({
  id: '00000000-0000-4000-8000-000000000001', roomId: '00000000-0000-4000-8000-0000000000aa', prize: 'p', winnerCount: 1,
  participation: { kind: 'viewers' }, status: 'open', endsAt: new Date(10_000).toISOString(), commitment: '0'.repeat(64),
  seed: null, entrantCount: 0, winners: [], drawnAt: null, ...over,
});

describe('OpenLotteries', () => {
  const room = '00000000-0000-4000-8000-0000000000aa';

  it('matches a keyword anywhere in a comment, letters case-blind, only in its own room and window', () => {
    const open = new OpenLotteries();
    open.add(lottery({ id: 'k', participation: { kind: 'keyword', keyword: 'GoGo' } }));
    open.add(lottery({ id: 'v' }));
    expect(open.keywordIn(room, 'we say gogo!', 5_000).map((l) => l.id)).toEqual(['k']);
    expect(open.keywordIn(room, 'we say go', 5_000)).toEqual([]);
    expect(open.keywordIn('00000000-0000-4000-8000-0000000000bb', 'gogo', 5_000)).toEqual([]);
    expect(open.watching(room, 5_000).map((l) => l.id)).toEqual(['v']);
    expect(open.keywordIn(room, 'gogo', 10_001)).toEqual([]);
    expect(open.watching(room, 10_001)).toEqual([]);
  });

  it('forgets a lottery once drawn, and never tracks a drawn one', () => {
    const open = new OpenLotteries();
    const l = lottery({});
    open.add(l);
    open.remove(l);
    open.add(lottery({ id: 'drawn', status: 'drawn' }));
    expect(open.watching(room, 0)).toEqual([]);
  });
});

import { cardHeight, placeInColumns } from './waterfall';

const item = (id: string, height: number) => ({ id, height });
const byHeight = (i: { height: number }) => i.height;
const ids = (columns: { id: string }[][]) => columns.map((c) => c.map((i) => i.id));

describe('placeInColumns', () => {
  it('puts each item into the shorter column, the left one on a tie', () => {
    const items = [item('a', 3), item('b', 1), item('c', 1), item('d', 2), item('e', 1)];
    // a→L (0=0, left) b→R c→R d→R (2<3) e→L (3<4)
    expect(ids(placeInColumns(items, byHeight).columns)).toEqual([['a', 'e'], ['b', 'c', 'd']]);
  });

  it('keeps earlier items where they were when more arrive, placing only the new ones', () => {
    const first = placeInColumns([item('a', 1), item('b', 1)], byHeight);
    // The left card turned out tall (its picture loaded): the next cards go right until it is caught up.
    const grown = [item('a', 5), item('b', 1), item('c', 1), item('d', 1), item('e', 1)];
    const next = placeInColumns(grown, byHeight, first.placement);
    expect(ids(next.columns)).toEqual([['a'], ['b', 'c', 'd', 'e']]);
    expect(next.placement.get('a')).toBe(0);
    expect(next.placement.get('b')).toBe(1);
  });

  it('does not move a placed item even when its column is now the longer one', () => {
    const previous = new Map([['a', 1]]);
    const { columns } = placeInColumns([item('a', 10), item('b', 1)], byHeight, previous);
    expect(ids(columns)).toEqual([['b'], ['a']]);
  });

  it('spreads items of equal height evenly and handles other column counts and an empty list', () => {
    const items = Array.from({ length: 7 }, (_, i) => item(String(i), 1));
    expect(placeInColumns(items, byHeight).columns.map((c) => c.length)).toEqual([4, 3]);
    expect(placeInColumns(items, byHeight, new Map(), 3).columns.map((c) => c.length)).toEqual([3, 2, 2]);
    expect(placeInColumns([], byHeight).columns).toEqual([[], []]);
  });
});

describe('cardHeight', () => {
  it('grows with the cover ratio and with a second title line, but not a third', () => {
    expect(cardHeight('短标题', 1.5)).toBeGreaterThan(cardHeight('短标题', 1));
    const oneLine = cardHeight('赣南脐橙');
    const twoLines = cardHeight('赣南脐橙 5斤装 果径75mm+ 产地直发');
    expect(twoLines).toBeGreaterThan(oneLine);
    expect(cardHeight('很'.repeat(60))).toBe(twoLines);
  });
});

import { renderHook } from '@testing-library/react';
import { useImpressions } from './useImpressions';

const mockTrack = jest.fn();
jest.mock('@/services/tracker', () => ({ track: (e: unknown) => mockTrack(e) }));

const [A, B, C] = ['a', 'b', 'c'].map((c) => `6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0${c}01`);

beforeEach(() => mockTrack.mockReset());

describe('useImpressions', () => {
  it('tracks each item once with its list position, including items loaded later', () => {
    const { rerender } = renderHook(({ ids }) => useImpressions('goods', ids), { initialProps: { ids: [A, B] as Array<string | undefined> } });
    rerender({ ids: [A, B] });
    rerender({ ids: [A, B, undefined, C] });
    expect(mockTrack.mock.calls.map((c) => c[0])).toEqual([
      { type: 'impression', target: 'goods', targetId: A, position: 0 },
      { type: 'impression', target: 'goods', targetId: B, position: 1 },
      { type: 'impression', target: 'goods', targetId: C, position: 3 },
    ]);
  });
});

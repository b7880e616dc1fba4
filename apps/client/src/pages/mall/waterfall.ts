/** Which column each item sits in, by id. */
export type Placement = ReadonlyMap<string, number>;

export interface Columns<T> {
  columns: T[][];
  placement: Placement;
}

/**
 * A waterfall's columns: each item not placed before goes into the column that is shortest at that
 * point (the leftmost on a tie). Items placed before keep their column, so a load-more or a picture
 * that finishes loading never makes cards jump; the new heights only steer where later items go.
 * `heightOf` is in any unit, the same for every item.
 */
export function placeInColumns<T extends { id: string }>(
  items: readonly T[],
  heightOf: (item: T) => number,
  previous: Placement = new Map(),
  columnCount = 2,
): Columns<T> {
  const columns: T[][] = Array.from({ length: columnCount }, () => []);
  const heights: number[] = new Array<number>(columnCount).fill(0);
  const placement = new Map<string, number>();
  for (const item of items) {
    const kept = previous.get(item.id);
    const column = kept !== undefined && kept < columnCount ? kept : shortest(heights);
    columns[column]!.push(item);
    heights[column]! += heightOf(item);
    placement.set(item.id, column);
  }
  return { columns, placement };
}

function shortest(heights: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < heights.length; i++) if (heights[i]! < heights[best]!) best = i;
  return best;
}

/** Characters of a title on one line of a half-width card (a CJK character is about one em). */
const CHARS_PER_LINE = 11;

/**
 * A card's height in card widths: the cover at its picture's aspect ratio (square until the picture
 * has loaded), a title of one or two lines, the price row.
 */
export function cardHeight(title: string, coverRatio = 1): number {
  const lines = Math.min(2, Math.max(1, Math.ceil(title.length / CHARS_PER_LINE)));
  return coverRatio + 0.08 + lines * 0.11 + 0.16;
}

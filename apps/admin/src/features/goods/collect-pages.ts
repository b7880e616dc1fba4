/** One page of a cursor-paged list, as every `/merchant/...` list route answers. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CollectOptions<T> {
  /** Told after each page: how many pages and items so far (for a progress bar). */
  onPage?: (pages: number, items: number) => void;
  /** Stop early (e.g. the item searched for is found, or the merchant cancelled). */
  until?: (items: T[]) => boolean;
  /** A guard against a list that never ends. */
  maxPages?: number;
}

/**
 * Follows the cursor to the last page. Cursor paging gives no total, so progress is pages and rows
 * fetched so far, not a percentage.
 */
export async function collectPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, options: CollectOptions<T> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 1; pages <= (options.maxPages ?? 1000); pages++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    options.onPage?.(pages, items.length);
    if (!page.nextCursor || options.until?.(items)) break;
    cursor = page.nextCursor;
  }
  return items;
}

/** A result row with its counts and sums (pg returns bigint and numeric as strings) as numbers, `keep` left as they are. */
export function numbersOf<T>(row: Record<string, unknown>, keep: readonly string[] = []): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, keep.includes(k) ? v : Number(v)])) as T;
}

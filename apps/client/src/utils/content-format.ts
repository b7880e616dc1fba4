import type { ContentKind } from '@livemall/shared';

export const kindLabel: Record<ContentKind, string> = { article: '图文', video: '视频' };

/** 9,999 as is, then 1.2万 (one decimal, rounded down so a count never reads higher than it is). */
export function formatViews(n: number): string {
  if (n < 10_000) return `${n}`;
  return `${Math.floor(n / 1_000) / 10}万`;
}

import { formatFen } from '@livemall/shared';

/** Basis points as a percent with one decimal, in integers (1234 → "12.3%"), floored like the API's ratios. */
export function formatBps(bps: number): string {
  const tenths = Math.floor(bps / 10);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/** Milliseconds as minutes and seconds (125000 → "2分5秒"). */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  if (minutes === 0) return `${seconds}秒`;
  return `${minutes}分${seconds % 60}秒`;
}

/** Money on a chart axis: whole yuan without cents ("¥1,200"), anything else exactly ("¥12.34"). */
export function yuanTick(fen: number): string {
  if (!Number.isSafeInteger(fen)) return String(fen);
  const text = formatFen(fen, { grouping: true });
  return fen % 100 === 0 ? text.slice(0, -3) : text;
}

export const fenText = (fen: number) => formatFen(fen, { grouping: true });

/** An instant as the shop reads it: Beijing date and time. */
export const beijingTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

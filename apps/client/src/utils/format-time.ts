const pad = (n: number) => String(n).padStart(2, '0');

/** `2025-11-22T12:00:00Z` → `11月22日 20:00` in the device's time zone; '' for an unreadable date. */
export function formatMonthDayTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

import { isRealMonthDay, updateProfileRequestSchema, type UpdateProfileRequest } from '@livemall/shared';

/** A profile change checked by the shared schema, or why not in words. */
export function profileChange(draft: { nickname?: string; avatarUrl?: string }): { value: UpdateProfileRequest } | { error: string } {
  const body = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined && v.trim() !== '')) as UpdateProfileRequest;
  const parsed = updateProfileRequestSchema.safeParse(body);
  if (parsed.success) return { value: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  if (field === 'nickname') return { error: '昵称需为 1–20 个字' };
  if (field === 'avatarUrl') return { error: '头像需为 https:// 开头的图片地址' };
  return { error: '没有要修改的内容' };
}

/** The month and day typed in, if they make a real date (2/29 included). */
export function birthdayInput(month: string, day: string): { month: number; day: number } | null {
  const m = Number(month);
  const d = Number(day);
  return month.trim() && day.trim() && isRealMonthDay(m, d) ? { month: m, day: d } : null;
}

/** Whether the birthday can be changed now, and if not, from when (in the viewer's time zone). */
export function birthdayLock(changeableFrom: string | null, now: number): string | null {
  if (!changeableFrom) return null;
  const at = new Date(changeableFrom);
  if (at.getTime() <= now) return null;
  return `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日后可再修改`;
}

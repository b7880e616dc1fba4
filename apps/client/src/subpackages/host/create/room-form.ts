import { createLiveRoomRequestSchema, type CreateLiveRoomRequest } from '@livemall/shared';

export interface RoomFormInput {
  title: string;
  anchorName: string;
  coverUrl: string;
  /** `YYYY-MM-DD` from the date picker, '' when not announced. */
  date: string;
  /** `HH:mm` from the time picker. */
  time: string;
}

export type RoomFormResult = { ok: true; body: CreateLiveRoomRequest } | { ok: false; error: string };

/**
 * The create-room form as the API wants it: trimmed fields, no cover when left empty, the scheduled
 * start as an ISO instant from the device's local date and time. Checked by the shared schema, so the
 * form says what is wrong before the server would.
 */
export function roomFormToRequest(input: RoomFormInput, now: Date = new Date()): RoomFormResult {
  let scheduledAt: string | null = null;
  if (input.date) {
    const at = new Date(`${input.date}T${input.time || '20:00'}:00`);
    if (Number.isNaN(at.getTime())) return { ok: false, error: '开播时间无效' };
    if (at.getTime() <= now.getTime()) return { ok: false, error: '开播时间需在将来' };
    scheduledAt = at.toISOString();
  }
  const parsed = createLiveRoomRequestSchema.safeParse({
    title: input.title,
    anchorName: input.anchorName,
    coverUrl: input.coverUrl.trim() || null,
    scheduledAt,
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  const words: Record<string, string> = {
    title: '请填写 1 到 80 个字的标题',
    anchorName: '请填写 1 到 64 个字的主播名',
    coverUrl: '封面需为 https:// 开头的网址',
  };
  return { ok: false, error: (typeof field === 'string' && words[field]) || '填写的内容有误' };
}

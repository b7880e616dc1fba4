import { createLotteryRequestSchema, type CreateLotteryRequest } from '@livemall/shared';

export interface LotteryFormInput {
  prize: string;
  winners: string;
  /** `viewers`: everyone logged in and in the room; `keyword`: those who comment it. */
  mode: 'viewers' | 'keyword';
  keyword: string;
  durationSeconds: string;
}

export type LotteryFormResult = { ok: true; body: Omit<CreateLotteryRequest, 'requestId'> } | { ok: false; error: string };

const words: Record<string, string> = {
  prize: '请填写 1 到 60 个字的奖品',
  winners: '中奖人数需为 1 到 100',
  participation: '请填写 1 到 20 个字的口令',
  durationSeconds: '时长需为 10 到 3600 秒',
};

/** The lottery form as the API wants it, checked by the shared schema (the request id comes on sending). */
export function lotteryFormToRequest(input: LotteryFormInput): LotteryFormResult {
  const parsed = createLotteryRequestSchema.omit({ requestId: true }).safeParse({
    prize: input.prize,
    winners: Number(input.winners),
    participation: input.mode === 'keyword' ? { kind: 'keyword', keyword: input.keyword } : { kind: 'viewers' },
    durationSeconds: Number(input.durationSeconds),
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, error: (typeof field === 'string' && words[field]) || '填写的内容有误' };
}

import { type CreateRedPacketRequest, RED_PACKET_MAX_COUNT, RED_PACKET_MAX_DURATION_MS, RED_PACKET_MAX_SHARE_FEN, formatFen } from '@livemall/shared';
import { toFen } from '../../components/yuan';

/** What the send form holds: every field as typed (text), converted only on submit. */
export interface SendFormValues {
  anchorName?: string;
  anchorAvatarUrl?: string;
  slogan?: string;
  minutes: string;
  amount: string;
  count: string;
  type: 'lucky' | 'equal';
}

export const MAX_MINUTES = RED_PACKET_MAX_DURATION_MS / 60_000;

/** The count as a whole number of shares, or a sentence saying what is wrong with it. */
export function countProblem(text: unknown): string | null {
  const s = String(text ?? '').trim();
  if (s === '') return '请填写红包个数';
  if (!/^\d+$/.test(s)) return '红包个数须是整数';
  const n = Number(s);
  if (n < 1) return '红包个数至少 1 个';
  if (n > RED_PACKET_MAX_COUNT) return `红包个数最多 ${RED_PACKET_MAX_COUNT} 个`;
  return null;
}

export function minutesProblem(text: unknown): string | null {
  const s = String(text ?? '').trim();
  if (s === '') return '请填写有效时长';
  if (!/^\d+$/.test(s) || Number(s) < 1) return '有效时长须是至少 1 的整数分钟';
  if (Number(s) > MAX_MINUTES) return `红包最多开放 ${MAX_MINUTES} 分钟（24 小时）`;
  return null;
}

/**
 * The rules the server's schema applies to amount and count together, in words: every share at least
 * 1 fen and at most ¥200 (WeChat's cap per grab).
 */
export function amountForCountProblem(totalFen: number, count: number): string | null {
  if (totalFen < count) return `总金额至少 ${formatFen(count)}：${count} 个红包每个至少 ¥0.01`;
  if (totalFen > count * RED_PACKET_MAX_SHARE_FEN) {
    return `每个红包最多 ${formatFen(RED_PACKET_MAX_SHARE_FEN)}：${count} 个红包总金额最多 ${formatFen(count * RED_PACKET_MAX_SHARE_FEN)}`;
  }
  return null;
}

/** 普通红包 that does not divide: the server gives the first grabbers one fen more (never refuses). */
export function equalSplitNote(totalFen: number, count: number): string | null {
  if (count < 1 || totalFen < count) return null;
  const base = Math.floor(totalFen / count);
  const extra = totalFen - base * count;
  if (extra === 0) return `每人 ${formatFen(base)}`;
  return `不能整除：每人 ${formatFen(base)}，最先抢到的 ${extra} 人各多得 ¥0.01`;
}

/** The request for valid form values; `now` and the request id come from outside so tests can fix them. */
export function toCreateRequest(v: SendFormValues, roomId: string, requestId: string, now: number): CreateRedPacketRequest {
  const trimmed = (s?: string) => (s && s.trim() !== '' ? s.trim() : undefined);
  return {
    requestId,
    roomId,
    type: v.type,
    totalAmount: toFen(v.amount.trim()),
    totalCount: Number(v.count.trim()),
    slogan: trimmed(v.slogan),
    anchorName: trimmed(v.anchorName),
    anchorAvatarUrl: trimmed(v.anchorAvatarUrl),
    validUntil: new Date(now + Number(v.minutes.trim()) * 60_000).toISOString(),
  };
}

/** A fresh id per distinct request: a retried send of the same form is the same packet on the server. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

import { httpsUrlSchema, type ContentInput, type ContentKind, type MerchantContent } from '@livemall/shared';

export interface ContentFormValues {
  kind: ContentKind;
  title: string;
  summary?: string;
  coverUrl?: string;
  body?: string;
  videoUrl?: string;
  goodsIds?: string[];
}

/** The server's own URL rule (https with a host; no javascript:, data:, http:), said in words. */
export function urlProblem(value: string | undefined, label: string, required: boolean): string | null {
  const text = (value ?? '').trim();
  if (!text) return required ? `请填写${label}` : null;
  if (!httpsUrlSchema.safeParse(text).success) return `${label}须为 https:// 开头的完整网址（不接受 http:、javascript: 等）`;
  return null;
}

const orNull = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function contentRequest(v: ContentFormValues): ContentInput {
  const common = { title: v.title.trim(), summary: orNull(v.summary), coverUrl: orNull(v.coverUrl), goodsIds: v.goodsIds ?? [] };
  return v.kind === 'article' ? { kind: 'article', ...common, body: (v.body ?? '').trim() } : { kind: 'video', ...common, videoUrl: (v.videoUrl ?? '').trim() };
}

export const formValuesOf = (c: MerchantContent): ContentFormValues => ({
  kind: c.kind,
  title: c.title,
  summary: c.summary ?? '',
  coverUrl: c.coverUrl ?? '',
  body: c.body ?? '',
  videoUrl: c.videoUrl ?? '',
  goodsIds: c.goodsIds,
});

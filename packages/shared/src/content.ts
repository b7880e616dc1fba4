import { z } from 'zod';
import { pageQuerySchema } from './catalog';
import { goodsCardSchema } from './mall';
import { httpsUrlSchema, URL_MAX } from './url';

/** 种草 content: articles (plain text) and short videos a shop publishes, each linking some of its goods. */
export const CONTENT_TITLE_MAX = 60;
export const CONTENT_SUMMARY_MAX = 120;
export const CONTENT_BODY_MAX = 10_000;
export const CONTENT_URL_MAX = URL_MAX;
export const CONTENT_GOODS_MAX = 10;

export const contentKindSchema = z.enum(['article', 'video']);
export type ContentKind = z.infer<typeof contentKindSchema>;

export const contentStatusSchema = z.enum(['draft', 'published']);
export type ContentStatus = z.infer<typeof contentStatusSchema>;


const common = {
  title: z.string().trim().min(1).max(CONTENT_TITLE_MAX),
  summary: z.string().trim().max(CONTENT_SUMMARY_MAX).nullable().default(null),
  coverUrl: httpsUrlSchema.nullable().default(null),
  goodsIds: z
    .array(z.string().uuid())
    .max(CONTENT_GOODS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, 'a goods may be linked once')
    .default([]),
};

/**
 * What a merchant writes. An article's body is plain text (paragraphs split by line breaks), shown as
 * text and never as HTML; a video is its URL (mp4 or m3u8 over https) plus an optional summary.
 */
export const contentInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), ...common, body: z.string().trim().min(1).max(CONTENT_BODY_MAX) }),
  z.object({ kind: z.literal('video'), ...common, videoUrl: httpsUrlSchema }),
]);
export type ContentInput = z.infer<typeof contentInputSchema>;

export const contentIdParamsSchema = z.object({ id: z.string().uuid() });
export type ContentIdParams = z.infer<typeof contentIdParamsSchema>;

/** The answer to a delete (the same shape as the other `{ ok: true }` routes). */
export const contentDeletedSchema = z.object({ ok: z.literal(true) });

/** A feed card. */
export const contentCardSchema = z.object({
  id: z.string().uuid(),
  merchantId: z.string().uuid(),
  kind: contentKindSchema,
  title: z.string(),
  summary: z.string().nullable(),
  coverUrl: z.string().nullable(),
  viewCount: z.number().int().nonnegative(),
  publishedAt: z.string().nullable(),
});
export type ContentCard = z.infer<typeof contentCardSchema>;

/** The public detail: the body or the video, and the linked goods that are on the shelf, in the merchant's order. */
export const contentDetailSchema = contentCardSchema.extend({
  body: z.string().nullable(),
  videoUrl: z.string().nullable(),
  goods: z.array(goodsCardSchema),
});
export type ContentDetail = z.infer<typeof contentDetailSchema>;

/** The owner's view: drafts too, and every linked goods id whether on the shelf or not. */
export const merchantContentSchema = contentCardSchema.extend({
  status: contentStatusSchema,
  body: z.string().nullable(),
  videoUrl: z.string().nullable(),
  goodsIds: z.array(z.string().uuid()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MerchantContent = z.infer<typeof merchantContentSchema>;

export const contentFeedQuerySchema = pageQuerySchema.extend({ kind: contentKindSchema.optional() });
export type ContentFeedQuery = z.infer<typeof contentFeedQuerySchema>;

/** After a view: the count now, and whether this view was counted (once per viewer per day). */
export const contentViewResultSchema = z.object({
  viewCount: z.number().int().nonnegative(),
  counted: z.boolean(),
});
export type ContentViewResult = z.infer<typeof contentViewResultSchema>;

/** Published content that links a goods, newest first; the goods page shows a few. */
export const GOODS_CONTENTS_MAX = 10;
export const goodsContentsSchema = z.object({ items: z.array(contentCardSchema) });
export type GoodsContents = z.infer<typeof goodsContentsSchema>;

import type { ContentCard, ContentKind, ContentStatus, MerchantContent } from '@livemall/shared';
import type { ContentEntity } from './entities/content.entity';

export function toContentCard(c: ContentEntity): ContentCard {
  return {
    id: c.id,
    merchantId: c.merchantId,
    kind: c.kind as ContentKind,
    title: c.title,
    summary: c.summary,
    coverUrl: c.coverUrl,
    viewCount: c.viewCount,
    publishedAt: c.publishedAt?.toISOString() ?? null,
  };
}

export function toMerchantContent(c: ContentEntity, goodsIds: string[]): MerchantContent {
  return {
    ...toContentCard(c),
    status: c.status as ContentStatus,
    body: c.body,
    videoUrl: c.videoUrl,
    goodsIds,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

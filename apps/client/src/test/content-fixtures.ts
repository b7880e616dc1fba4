import type { ContentCard, ContentDetail } from '@livemall/shared';

const id = (n: number) => `5c0c0c0c-0000-4000-8000-${n.toString().padStart(12, '0')}`;

/** Contract-valid content objects for component tests. */
export function contentCard(n: number, over: Partial<ContentCard> = {}): ContentCard {
  return {
    id: id(n),
    merchantId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    kind: 'article',
    title: `种草${n}`,
    summary: null,
    coverUrl: null,
    viewCount: 3,
    publishedAt: '2026-12-01T02:00:00.000Z',
    ...over,
  };
}

export function contentDetail(n: number, over: Partial<ContentDetail> = {}): ContentDetail {
  return { ...contentCard(n), body: '第一段\n\n第二段', videoUrl: null, goods: [], ...over };
}

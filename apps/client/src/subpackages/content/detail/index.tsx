import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { contentIdParamsSchema, type ContentDetail } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { GoodsCard } from '@/components/GoodsCard';
import { StatusView } from '@/components/StatusView';
import { formatViews, kindLabel } from '@/utils/content-format';
import { formatMonthDayTime } from '@/utils/format-time';
import { contentUrl, goodsUrl } from '@/utils/routes';
import { ContentBody } from './ContentBody';
import { useContentDetail } from './use-content-detail';
import { usePageView } from '@/hooks/usePageView';
import { trackShare } from '@/services/track-events';
import '../content.scss';

/** 种草详情: `subpackages/content/detail/index?id=<uuid>`: the article or video, then the goods it links. */
export default function ContentDetailPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = contentIdParamsSchema.safeParse({ id: params.id });
  const id = parsed.success ? parsed.data.id : null;
  const detail = useContentDetail(id);

  useShareAppMessage(() => {
    if (id) trackShare('content', id);
    return {
      title: detail.content?.title ?? '种草好物',
      path: contentUrl(id ?? ''),
      ...(detail.content?.coverUrl ? { imageUrl: detail.content.coverUrl } : {}),
    };
  });

  if (!id) return <StatusView kind='error' text='内容链接无效' />;
  if (!detail.content) {
    if (detail.error) return <StatusView kind='error' text={detail.error} onRetry={() => void detail.reload()} />;
    return <StatusView kind='loading' />;
  }
  return <ContentDetailScreen content={detail.content} />;
}

export function ContentDetailScreen({ content }: { content: ContentDetail }) {
  return (
    <View className='content-page'>
      <View className='content-detail'>
        <Text id='content-title' className='content-detail__title'>
          {content.title}
        </Text>
        <Text id='content-meta' className='content-detail__meta'>
          {kindLabel[content.kind]} · <Text id='content-views'>{formatViews(content.viewCount)}</Text> 浏览
          {content.publishedAt ? ` · ${formatMonthDayTime(content.publishedAt)}` : ''}
        </Text>
        {content.kind === 'article' && content.coverUrl ? <Cover url={content.coverUrl} title={content.title} className='content-detail__cover' /> : null}
        <ContentBody content={content} />
        {content.kind === 'video' && content.summary ? <Text className='content-detail__para'>{content.summary}</Text> : null}
      </View>
      {content.goods.length ? (
        <>
          <Text className='content-goods__title'>文中好物</Text>
          <View id='content-goods' className='content-goods'>
            {content.goods.map((g) => (
              <GoodsCard key={g.id} goods={g} onOpen={() => void Taro.navigateTo({ url: goodsUrl(g.id) })} />
            ))}
          </View>
        </>
      ) : null}
    </View>
  );
}

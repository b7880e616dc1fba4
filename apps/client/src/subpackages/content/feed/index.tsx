import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api, type ContentKind } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useImpressions } from '@/hooks/useImpressions';
import { usePagedPageList } from '@/hooks/usePagedPageList';
import { trackClick } from '@/services/track-events';
import { call } from '@/services/request';
import { contentUrl } from '@/utils/routes';
import { ContentCard } from '../components/ContentCard';
import { usePageView } from '@/hooks/usePageView';
import '../content.scss';

const tabs: Array<{ id: string; label: string; kind: ContentKind | undefined }> = [
  { id: 'content-tab-all', label: '全部', kind: undefined },
  { id: 'content-tab-article', label: '图文', kind: 'article' },
  { id: 'content-tab-video', label: '视频', kind: 'video' },
];

/** 种草: `subpackages/content/feed/index`: published articles and videos, newest first, from the mall tab. */
export default function ContentFeedPage() {
  usePageView();
  return <ContentFeedScreen />;
}

export function ContentFeedScreen() {
  const [kind, setKind] = useState<ContentKind | undefined>(undefined);
  const fetchPage = useCallback((cursor: string | undefined) => call(api.contentFeed, { query: { limit: 20, cursor, kind } }), [kind]);
  const list = usePagedPageList(fetchPage);
  useImpressions('content', list.items.map((c) => c.id));
  const open = (id: string) => {
    trackClick('content', id);
    void Taro.navigateTo({ url: contentUrl(id) });
  };
  return (
    <View className='content-page'>
      <View className='content-tabs'>
        {tabs.map((t) => (
          <Text key={t.id} id={t.id} className={`content-tabs__item${t.kind === kind ? ' content-tabs__item--on' : ''}`} onClick={() => setKind(t.kind)}>
            {t.label}
          </Text>
        ))}
      </View>
      {list.status === 'loading' ? <StatusView kind='loading' /> : null}
      {list.status === 'error' ? <StatusView kind='error' text={list.error ?? undefined} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? <StatusView kind='empty' text='还没有内容，晚点再来看看' /> : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <>
          <View id='content-feed' className='content-grid'>
            {list.items.map((c) => (
              <ContentCard key={c.id} content={c} onOpen={() => open(c.id)} />
            ))}
          </View>
          <Text id='content-feed-end' className='content-end' onClick={() => void list.loadMore()}>
            {list.loadingMore ? '加载中…' : list.hasMore ? '上滑加载更多' : '没有更多了'}
          </Text>
        </>
      ) : null}
    </View>
  );
}

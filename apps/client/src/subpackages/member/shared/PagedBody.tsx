import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/StatusView';
import type { PagedList } from '@/hooks/usePagedList';

/** A paged list's states around its rows: loading, error with retry, empty, and "more". */
export function PagedBody<T>({ list, empty, children }: { list: PagedList<T>; empty: string; children: ReactNode }) {
  if (list.status === 'loading') return <StatusView kind='loading' />;
  if (list.status === 'error') return <StatusView kind='error' text={list.error ?? undefined} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <StatusView kind='empty' text={empty} />;
  return (
    <View>
      {children}
      {list.hasMore ? (
        <Text className='member-link' onClick={() => void list.loadMore()}>
          {list.loadingMore ? '加载中…' : '加载更多'}
        </Text>
      ) : null}
    </View>
  );
}

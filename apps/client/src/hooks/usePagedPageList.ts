import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { type Page, type PagedList, usePagedList } from './usePagedList';

/** A page whose body is one paged list: pull down to reload it, scroll to the bottom for more. */
export function usePagedPageList<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): PagedList<T> {
  const list = usePagedList(fetchPage);
  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    void list.loadMore();
  });
  return list;
}

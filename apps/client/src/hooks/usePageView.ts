import { useDidShow } from '@tarojs/taro';
import { track } from '@/services/tracker';

/**
 * A `page_view` each time the page comes on screen (opened, returned to, its tab chosen), on both
 * platforms: Taro's page show is the one signal weapp and H5 share. The tracker fills in the page's path.
 */
export function usePageView(): void {
  useDidShow(() => track({ type: 'page_view' }));
}

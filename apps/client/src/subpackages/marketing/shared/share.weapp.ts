import { useShareAppMessage } from '@tarojs/taro';
import type { ShareCard } from './share.types';

/**
 * WeChat's share card (onShareAppMessage) of a marketing page: the menu's 转发 and a share button both
 * send it. The page's config must set `enableShareAppMessage`.
 */
export function useShareCard(card: ShareCard | null): void {
  useShareAppMessage(() => ({
    title: card?.title ?? '直播商城',
    path: card?.path ?? '/pages/mall/index',
    ...(card?.imageUrl ? { imageUrl: card.imageUrl } : {}),
  }));
}

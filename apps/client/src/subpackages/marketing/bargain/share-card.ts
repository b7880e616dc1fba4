import { formatFen, type Bargain } from '@livemall/shared';
import { bargainUrl } from '@/utils/routes';
import type { ShareCard } from '../shared/share.types';

/** `帮我砍一刀！纯棉T恤 现价¥59.00`, opening the bargain page with its id, where friends 帮砍. */
export function bargainShareCard(b: Bargain): ShareCard {
  return { title: `帮我砍一刀！${b.activity.goodsTitle} 现价${formatFen(b.currentPriceFen)}`, path: bargainUrl(b.id), imageUrl: b.activity.coverUrl };
}

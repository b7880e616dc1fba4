import { formatFen, type GroupShareCard } from '@livemall/shared';
import { groupUrl } from '@/utils/routes';
import type { ShareCard } from '../shared/share.types';

/** What a group's share card says: `【还差2人】纯棉T恤 拼团价¥39.00`, opening the group page. */
export function groupShareCard(card: GroupShareCard): ShareCard {
  const lead = card.status === 'open' && card.seatsLeft > 0 ? `【还差${card.seatsLeft}人】` : '';
  return { title: `${lead}${card.title} 拼团价${formatFen(card.groupPriceFen)}`, path: groupUrl(card.groupId), imageUrl: card.coverUrl };
}

import type { GoodsCard as GoodsCardItem } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useExperiment } from '@/hooks/useExperiment';
import { GoodsRows } from './GoodsRows';
import { Waterfall } from './Waterfall';

/** The A/B experiment on the mall's goods cards: `grid` (the waterfall) or `list` (one card per row). */
export const GOODS_CARD_LAYOUT = 'goods-card-layout';

export interface GoodsCardListProps {
  items: readonly GoodsCardItem[];
  onOpen(goods: GoodsCardItem): void;
  /** Changes when the list starts over (a new search): the waterfall is laid out afresh. */
  resetKey: string;
}

/**
 * The goods in the layout of my arm. Anything but `list` — not running, not targeted, an unknown variant, a
 * failed ask — is today's waterfall. While the arm is unknown nothing is drawn, so nobody sees one layout flip
 * into the other (and is counted under a layout they did not see first).
 */
export function GoodsCardList({ items, onOpen, resetKey }: GoodsCardListProps) {
  const variant = useExperiment(GOODS_CARD_LAYOUT);
  if (variant === undefined) return <StatusView kind='loading' />;
  if (variant === 'list') return <GoodsRows items={items} onOpen={onOpen} />;
  return <Waterfall key={resetKey} items={items} onOpen={onOpen} />;
}

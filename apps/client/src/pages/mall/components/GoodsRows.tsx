import { View } from '@tarojs/components';
import type { GoodsCard as GoodsCardItem } from '@livemall/shared';
import { GoodsCard } from '@/components/GoodsCard';
import './GoodsRows.scss';

export interface GoodsRowsProps {
  items: readonly GoodsCardItem[];
  onOpen(goods: GoodsCardItem): void;
}

/**
 * The `list` arm of the goods-card-layout experiment: one card per row, a wide picture and a larger price.
 * It keeps the waterfall's element id and the cards' ids and classes, so the page and its tests find the
 * goods the same way in either layout.
 */
export function GoodsRows({ items, onOpen }: GoodsRowsProps) {
  return (
    <View id='mall-waterfall' className='goods-rows'>
      {items.map((goods) => (
        <View key={goods.id} className='goods-rows__cell'>
          <GoodsCard goods={goods} onOpen={() => onOpen(goods)} />
        </View>
      ))}
    </View>
  );
}

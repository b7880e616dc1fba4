import { useMemo, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import type { GoodsCard as GoodsCardItem } from '@livemall/shared';
import { GoodsCard } from '@/components/GoodsCard';
import { cardHeight, placeInColumns, type Placement } from '../waterfall';

export interface WaterfallProps {
  items: readonly GoodsCardItem[];
  onOpen(goods: GoodsCardItem): void;
}

/**
 * Two columns of goods cards, each new card under the shorter column. Remount it (key) when the list
 * starts over, so a new search is laid out afresh.
 */
export function Waterfall({ items, onOpen }: WaterfallProps) {
  const [ratios, setRatios] = useState<Readonly<Record<string, number>>>({});
  const placement = useRef<Placement>(new Map());
  const { columns, placement: next } = useMemo(
    () => placeInColumns(items, (g) => cardHeight(g.title, ratios[g.id] ?? 1), placement.current),
    [items, ratios],
  );
  placement.current = next;

  const measured = (id: string, ratio: number) =>
    setRatios((previous) => (Math.abs((previous[id] ?? 1) - ratio) < 0.01 ? previous : { ...previous, [id]: ratio }));

  return (
    <View id='mall-waterfall' className='waterfall'>
      {columns.map((column, index) => (
        <View key={index} className='waterfall__column'>
          {column.map((goods) => (
            <View key={goods.id} className='waterfall__cell'>
              <GoodsCard goods={goods} onOpen={() => onOpen(goods)} onCoverRatio={(ratio) => measured(goods.id, ratio)} />
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

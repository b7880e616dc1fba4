import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen, type GoodsSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { goodsUrl } from '@/utils/routes';

/** A goods as the member lists show it: cover, title, price, a note; tapping opens the goods page. */
export function GoodsRow({ goods, note, action }: { goods: GoodsSummary; note?: string; action?: ReactNode }) {
  return (
    <View id={`member-goods-${goods.id}`} className='member-row'>
      <View className='member-row__open' onClick={() => void Taro.navigateTo({ url: goodsUrl(goods.id) })}>
        <Cover url={goods.coverUrl} title={goods.title} className='member-row__cover' />
        <View className='member-row__main'>
          <Text className='member-row__title'>{goods.title}</Text>
          <Text className='member-row__price'>{formatFen(goods.priceFen)}</Text>
          {note ? <Text className='member-row__note'>{note}</Text> : null}
        </View>
      </View>
      {action}
    </View>
  );
}

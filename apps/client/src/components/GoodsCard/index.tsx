import { Text, View } from '@tarojs/components';
import { formatFen, type GoodsSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import './index.scss';

export interface GoodsCardProps {
  goods: GoodsSummary;
  onOpen?: (goods: GoodsSummary) => void;
}

export function GoodsCard({ goods, onOpen }: GoodsCardProps) {
  const soldOut = goods.stock === 0;
  return (
    <View className='goods-card' onClick={() => onOpen?.(goods)}>
      <Cover url={goods.coverUrl} title={goods.title} className='goods-card__cover' />
      <View className='goods-card__body'>
        <Text className='goods-card__title'>{goods.title}</Text>
        <View className='goods-card__footer'>
          <Text className='goods-card__price'>{formatFen(goods.priceFen)}</Text>
          <Text className={`goods-card__stock ${soldOut ? 'goods-card__stock--out' : ''}`}>
            {soldOut ? '已售罄' : `库存 ${goods.stock}`}
          </Text>
        </View>
      </View>
    </View>
  );
}

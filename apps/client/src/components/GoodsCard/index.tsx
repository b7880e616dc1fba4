import { Image, Text, View } from '@tarojs/components';
import { formatFen, type GoodsSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import './index.scss';

/** A summary, plus what the mall's waterfall cards also show when the list has it. */
export type GoodsCardData = GoodsSummary & { originalPriceFen?: number | null; sales?: number };

export interface GoodsCardProps {
  goods: GoodsCardData;
  onOpen?: (goods: GoodsCardData) => void;
  /**
   * Waterfall cards: the cover keeps its picture's shape and reports height ÷ width once loaded, so the
   * waterfall can place later cards under the shorter column.
   */
  onCoverRatio?: (ratio: number) => void;
}

export function GoodsCard({ goods, onOpen, onCoverRatio }: GoodsCardProps) {
  const soldOut = goods.stock === 0;
  const crossedOut = goods.originalPriceFen != null && goods.originalPriceFen > goods.priceFen ? goods.originalPriceFen : null;
  return (
    <View id={`goods-card-${goods.id}`} className='goods-card' onClick={() => onOpen?.(goods)}>
      {onCoverRatio && goods.coverUrl ? (
        <Image
          className='goods-card__cover goods-card__cover--fluid'
          src={goods.coverUrl}
          mode='widthFix'
          lazyLoad
          onLoad={(e) => {
            const width = Number(e.detail.width);
            const height = Number(e.detail.height);
            if (width > 0 && height > 0) onCoverRatio(height / width);
          }}
        />
      ) : (
        <Cover url={goods.coverUrl} title={goods.title} className={`goods-card__cover${onCoverRatio ? ' goods-card__cover--square' : ''}`} />
      )}
      <View className='goods-card__body'>
        <Text className='goods-card__title'>{goods.title}</Text>
        <View className='goods-card__footer'>
          <View className='goods-card__prices'>
            <Text className='goods-card__price'>{formatFen(goods.priceFen)}</Text>
            {crossedOut ? <Text className='goods-card__original'>{formatFen(crossedOut)}</Text> : null}
          </View>
          <Text className={`goods-card__stock ${soldOut ? 'goods-card__stock--out' : ''}`}>
            {soldOut ? '已售罄' : goods.sales !== undefined ? `已售 ${goods.sales}` : `库存 ${goods.stock}`}
          </Text>
        </View>
      </View>
    </View>
  );
}

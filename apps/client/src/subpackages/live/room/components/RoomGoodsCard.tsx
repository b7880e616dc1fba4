import { Text, View } from '@tarojs/components';
import { formatFen, type GoodsSummary } from '@livemall/shared';
import { Cover } from '@/components/Cover';

export interface RoomGoodsCardProps {
  goods: GoodsSummary;
  /** `pinned`: the anchor's standing pick; `pushed`: just shown to the room. */
  kind: 'pinned' | 'pushed';
  onOpen(goods: GoodsSummary): void;
  onDismiss?(): void;
}

export function RoomGoodsCard({ goods, kind, onOpen, onDismiss }: RoomGoodsCardProps) {
  return (
    <View id={`live-${kind}-${goods.id}`} className={`room-goods room-goods--${kind}`} onClick={() => onOpen(goods)}>
      <Cover url={goods.coverUrl} title={goods.title} className='room-goods__cover' />
      <View className='room-goods__body'>
        <Text className='room-goods__tag'>{kind === 'pinned' ? '置顶' : '主播推荐'}</Text>
        <Text className='room-goods__title'>{goods.title}</Text>
        <Text className='room-goods__price'>{formatFen(goods.priceFen)}</Text>
      </View>
      {onDismiss ? (
        <Text
          className='room-goods__close'
          onClick={(e) => {
            e.stopPropagation();
            onDismiss();
          }}
        >
          ×
        </Text>
      ) : null}
    </View>
  );
}

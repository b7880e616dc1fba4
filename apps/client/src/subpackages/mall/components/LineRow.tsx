import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';
import { Cover } from '@/components/Cover';

export interface LineRowProps {
  title: string;
  specText: string;
  coverUrl: string | null;
  priceFen: number;
  quantity: number;
  /** Under the price: a refund button, a stock note… */
  extra?: ReactNode;
  onOpen?(): void;
}

/** One goods line of a checkout or an order: picture, title, spec, unit price × quantity. */
export function LineRow({ title, specText, coverUrl, priceFen, quantity, extra, onOpen }: LineRowProps) {
  return (
    <View className='line-row' onClick={onOpen}>
      <Cover url={coverUrl} title={title} className='line-row__cover' />
      <View className='line-row__body'>
        <Text className='line-row__title'>{title}</Text>
        {specText ? <Text className='line-row__spec'>{specText}</Text> : null}
        <View className='line-row__footer'>
          <Text className='line-row__price'>{formatFen(priceFen)}</Text>
          <Text className='line-row__qty'>×{quantity}</Text>
        </View>
        {extra}
      </View>
    </View>
  );
}

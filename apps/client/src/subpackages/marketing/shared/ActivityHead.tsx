import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { savingText } from '@/utils/coupon-text';

export interface ActivityHeadProps {
  /** Prefix of the ids (`<id>-title`, `<id>-price`, `<id>-normal`), for tests and e2e. */
  id?: string;
  title: string;
  coverUrl: string | null;
  specText?: string;
  /** `秒杀价`, `3人团`, `当前价`… */
  tag: string;
  priceFen: number;
  /** The struck-through price it is compared with. */
  normalFen: number;
  /** Shows `省¥…` under the prices. */
  showSaving?: boolean;
  children?: ReactNode;
}

/** The head of an activity card or page: cover, title, the activity price against the normal one. */
export function ActivityHead({ id, title, coverUrl, specText, tag, priceFen, normalFen, showSaving = false, children }: ActivityHeadProps) {
  const saving = showSaving ? savingText(normalFen, priceFen) : '';
  return (
    <View className='mk-head'>
      <Cover url={coverUrl} title={title} className='mk-head__cover' />
      <View className='mk-head__body'>
        <Text id={id && `${id}-title`} className='mk-title'>
          {title}
        </Text>
        {specText ? <Text className='mk-sub'>{specText}</Text> : null}
        <View className='mk-prices'>
          <Text className='mk-price__tag'>{tag}</Text>
          <Text id={id && `${id}-price`} className='mk-price'>
            {formatFen(priceFen)}
          </Text>
          <Text id={id && `${id}-normal`} className='mk-normal'>
            {formatFen(normalFen)}
          </Text>
        </View>
        {saving ? <Text className='mk-saving'>{saving}</Text> : null}
        {children}
      </View>
    </View>
  );
}

import { useEffect, useRef } from 'react';
import { Text, View } from '@tarojs/components';
import type { RoomGift } from '@livemall/shared';

/** How long one gift's banner stays up. */
export const GIFT_BANNER_MS = 4000;

export interface GiftBannersProps {
  gifts: readonly RoomGift[];
  /** The banner has been up long enough. */
  onDone(id: string): void;
}

/** "<nickname> 送出 <gift>": a gift is announced to the whole room, above the comments. */
export function GiftBanners({ gifts, onDone }: GiftBannersProps) {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    for (const gift of gifts) {
      if (timers.current.has(gift.id)) continue;
      timers.current.set(
        gift.id,
        setTimeout(() => {
          timers.current.delete(gift.id);
          done.current(gift.id);
        }, GIFT_BANNER_MS),
      );
    }
  }, [gifts]);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  if (gifts.length === 0) return null;
  return (
    <View id='live-gift-banners' className='gift-banners'>
      {gifts.map((gift) => (
        <View key={gift.id} className='gift-banner'>
          <Text className='gift-banner__name'>{gift.sender.nickname}</Text>
          <Text className='gift-banner__text'> 送出 </Text>
          <Text className='gift-banner__gift'>{gift.giftName}</Text>
        </View>
      ))}
    </View>
  );
}

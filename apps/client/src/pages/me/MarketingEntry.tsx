import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { call } from '@/services/request';
import { marketingPages } from '@/utils/routes';

const links = [
  { id: 'me-coupons', label: '我的优惠券', url: marketingPages.myCoupons },
  { id: 'me-coupon-centre', label: '领券中心', url: marketingPages.couponCentre },
  { id: 'me-bargains', label: '我的砍价', url: marketingPages.myBargains },
  { id: 'me-group-buys', label: '拼团', url: marketingPages.groupBuys },
] as const;

/** 优惠与邀请: coupons, bargains and group buys, and my invite code (it opens the invite page). */
export function MarketingEntry() {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    // The code is a nicety here: without it the row still opens the invite page.
    call(api.myInvite).then((info) => setCode(info.code), () => undefined);
  }, []);
  const go = (url: string) => void Taro.navigateTo({ url });
  return (
    <View className='me-orders me-marketing'>
      <View className='me-orders__row me-marketing__row'>
        {links.map((l) => (
          <Text key={l.id} id={l.id} className='me-orders__item' onClick={() => go(l.url)}>
            {l.label}
          </Text>
        ))}
      </View>
      <View id='me-invite' className='me-orders__head me-marketing__invite' onClick={() => go(marketingPages.invite)}>
        <Text className='me-orders__title'>邀请好友</Text>
        <Text id='me-invite-code' className='me-orders__all'>
          {code ? `我的邀请码 ${code} ›` : '›'}
        </Text>
      </View>
    </View>
  );
}

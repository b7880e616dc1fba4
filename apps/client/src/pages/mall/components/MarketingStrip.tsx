import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { contentPages, marketingPages } from '@/utils/routes';

const entries = [
  { id: 'mall-entry-coupons', label: '领券中心', url: marketingPages.couponCentre },
  { id: 'mall-entry-flash', label: '限时秒杀', url: marketingPages.flashSales },
  { id: 'mall-entry-groups', label: '拼团', url: marketingPages.groupBuys },
  { id: 'mall-entry-content', label: '种草', url: contentPages.feed },
] as const;

/** The mall's way into its promotions (they live in the marketing sub-package). */
export function MarketingStrip() {
  return (
    <View className='mall-strip'>
      {entries.map((e) => (
        <Text key={e.id} id={e.id} className='mall-strip__item' onClick={() => void Taro.navigateTo({ url: e.url })}>
          {e.label}
        </Text>
      ))}
    </View>
  );
}

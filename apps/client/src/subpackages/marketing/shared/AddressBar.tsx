import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Address } from '@livemall/shared';
import { mallPages } from '@/utils/routes';
import { AddressCard } from '../../mall/components/AddressCard';

/** The shipping address of an activity order, opening the mall's address book to change or add one. */
export function AddressBar({ address }: { address: Address | null }) {
  const open = (add: boolean) => void Taro.navigateTo({ url: `${mallPages.addresses}?select=1${add ? '&add=1' : ''}` });
  return (
    <View className='mall-card'>
      {address ? (
        <AddressCard id='mk-address' address={address} chevron onClick={() => open(false)} />
      ) : (
        <View id='mk-address-add' className='address-card address-card--empty' onClick={() => open(true)}>
          <Text>＋ 添加收货地址</Text>
        </View>
      )}
    </View>
  );
}

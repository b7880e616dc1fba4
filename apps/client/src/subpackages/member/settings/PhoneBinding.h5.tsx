import { Text, View } from '@tarojs/components';
import type { PhoneBindingProps } from './settings.types';

/** Binding a phone needs WeChat's getPhoneNumber button: a browser can only say so. */
export function PhoneBinding({ profile }: PhoneBindingProps) {
  return (
    <View className='settings-row'>
      <Text className='settings-row__label'>手机号</Text>
      <Text id='settings-phone' className='settings-row__value'>
        {profile.phoneMasked ?? '请在微信小程序中绑定手机号'}
      </Text>
    </View>
  );
}

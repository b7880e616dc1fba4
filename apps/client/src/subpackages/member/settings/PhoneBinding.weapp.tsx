import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { PhoneBindingProps } from './settings.types';

/** WeChat's getPhoneNumber button hands a one-time code; the server exchanges it and keeps the number. */
export function PhoneBinding({ profile, busy, onCode }: PhoneBindingProps) {
  return (
    <View className='settings-row'>
      <Text className='settings-row__label'>手机号</Text>
      <Text id='settings-phone' className='settings-row__value'>
        {profile.phoneMasked ?? '未绑定'}
      </Text>
      <Button
        className='settings-row__button'
        size='mini'
        openType='getPhoneNumber'
        disabled={busy}
        onGetPhoneNumber={(e) => {
          const code = (e.detail as { code?: string }).code;
          if (code) onCode(code);
          else void Taro.showToast({ title: '未授权手机号', icon: 'none' });
        }}
      >
        {profile.phoneMasked ? '更换' : '绑定'}
      </Button>
    </View>
  );
}

import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { loginLabel } from '@/services/login';
import { useSession } from '@/stores/session';
import { usePageView } from '@/hooks/usePageView';
import './index.scss';

export default function LoginPage() {
  usePageView();
  const [nickname, setNickname] = useState('');
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const login = useSession((s) => s.login);

  const submit = async () => {
    const name = nickname.trim();
    await login(name ? { nickname: name } : undefined);
    if (useSession.getState().status === 'ready') void Taro.switchTab({ url: '/pages/me/index' });
  };

  return (
    <View className='login-page'>
      <Text className='login-page__title'>欢迎来到直播商城</Text>
      <Text className='login-page__hint'>登录后可以抢红包、参与拼团</Text>
      <Input
        id='login-nickname'
        className='login-page__input'
        placeholder='昵称（选填）'
        maxlength={64}
        value={nickname}
        onInput={(e) => setNickname(e.detail.value)}
      />
      {status === 'error' && error ? <Text className='login-page__error'>{error}</Text> : null}
      <Button
        id='login-submit'
        className='login-page__submit'
        loading={status === 'loading'}
        disabled={status === 'loading'}
        onClick={() => void submit()}
      >
        {loginLabel}
      </Button>
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import type { ShareButtonProps } from './ShareButton.types';

/** In a browser, sharing is copying the page's link. */
export function ShareButton({ path, onShared }: ShareButtonProps) {
  const copy = () => {
    const url = `${window.location.origin}${window.location.pathname}#${path}`;
    void Taro.setClipboardData({ data: url }).then(
      () => {
        void Taro.showToast({ title: '链接已复制', icon: 'none' });
        onShared?.();
      },
      () => Taro.showModal({ title: '复制这个链接分享', content: url, showCancel: false }),
    );
  };
  return (
    <Text id='goods-share' className='goods-share' onClick={copy}>
      分享
    </Text>
  );
}

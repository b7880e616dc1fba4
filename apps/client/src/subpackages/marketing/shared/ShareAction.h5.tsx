import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { shareLink } from './share.h5';
import type { ShareActionProps } from './share.types';

/** In a browser, sharing is copying the page's link; the link shows too, for a long press. */
export function ShareAction({ id, label, card }: ShareActionProps) {
  const url = shareLink(card.path);
  const copy = () =>
    void Taro.setClipboardData({ data: url }).then(
      () => Taro.showToast({ title: '链接已复制', icon: 'none' }),
      () => Taro.showModal({ title: '复制这个链接分享', content: url, showCancel: false }),
    );
  return (
    <View className='mk-share'>
      <Text id={`${id}-link`} className='mk-share__link' userSelect>
        {url}
      </Text>
      <Text id={id} className='mall-btn mall-btn--small' onClick={copy}>
        {label}
      </Text>
    </View>
  );
}

import { Button } from '@tarojs/components';
import type { ShareButtonProps } from './ShareButton.types';

/** WeChat's own share: the page's onShareAppMessage names the title, path and picture. */
export function ShareButton(_props: ShareButtonProps) {
  return (
    <Button id='goods-share' className='goods-share goods-share--button' openType='share'>
      分享
    </Button>
  );
}

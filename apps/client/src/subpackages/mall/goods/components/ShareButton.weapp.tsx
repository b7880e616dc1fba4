import { Button } from '@tarojs/components';
import type { ShareButtonProps } from './ShareButton.types';

/** WeChat's own share: the page's onShareAppMessage names the title, path and picture. */
export function ShareButton({ onShared }: ShareButtonProps) {
  return (
    <Button id='goods-share' className='goods-share goods-share--button' openType='share' onClick={() => onShared?.()}>
      分享
    </Button>
  );
}

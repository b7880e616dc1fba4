import { Button } from '@tarojs/components';
import type { ShareActionProps } from './share.types';

/** WeChat's own share: the page's useShareCard (onShareAppMessage) names the title, path and picture. */
export function ShareAction({ id, label }: ShareActionProps) {
  return (
    <Button id={id} className='mk-share-button' openType='share'>
      {label}
    </Button>
  );
}

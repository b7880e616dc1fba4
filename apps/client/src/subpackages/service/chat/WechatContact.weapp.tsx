import { Button } from '@tarojs/components';
import type { WechatContactProps } from './WechatContact';

/**
 * WeChat's own customer-service session, as a second way in. `sessionFrom` tells the server which shop
 * the viewer came from (the `user_enter_tempsession` push), so their messages there reach this shop.
 */
export function WechatContact({ merchantId }: WechatContactProps) {
  return (
    <Button id='chat-wechat-contact' className='chat-wechat' openType='contact' sessionFrom={`merchant:${merchantId}`} size='mini'>
      在微信客服会话中继续
    </Button>
  );
}

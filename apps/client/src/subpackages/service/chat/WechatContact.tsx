export interface WechatContactProps {
  merchantId: string;
}

/** Outside WeChat there is no native customer-service session: the in-app chat is the only one. */
export function WechatContact(_props: WechatContactProps) {
  return null;
}

import { Inject, Injectable } from '@nestjs/common';
import { SupportRepository } from './support.repository';
import { WECHAT_CUSTOMER_SERVICE, type WechatCustomerService } from './wechat-custom-send';

/** Sends the shop's side of a WeChat-channel conversation to WeChat too, in order. */
@Injectable()
export class SupportDelivery {
  constructor(
    private readonly support: SupportRepository,
    @Inject(WECHAT_CUSTOMER_SERVICE) private readonly wechat: WechatCustomerService,
  ) {}

  /** Resolves after the sends: a caller that must answer fast (the webhook) does not wait for it. */
  async toWechat(userId: string, texts: string[]): Promise<void> {
    if (texts.length === 0) return;
    const openid = await this.support.openidOf(userId);
    if (!openid) return;
    for (const text of texts) await this.wechat.sendText(openid, text);
  }
}

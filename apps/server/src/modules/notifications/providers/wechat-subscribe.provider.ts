import { Logger } from '@nestjs/common';
import type { SubscribeTemplateIds } from '../../../config/subscribe-templates';
import { wechatPage } from '../notice-content';
import type { NotificationRow, NotificationsRepository } from '../notifications.repository';
import type { SubscriptionsRepository } from '../subscriptions.repository';
import type { AccessTokens } from '../wechat/access-tokens';
import type { WechatMessageApi } from '../wechat/wechat-message.client';
import type { PushOutcome, PushProvider } from './push-provider';

/** 40001: invalid token; 42001: expired token; 40014: malformed token. Renew once and try again. */
export const TOKEN_REFUSED = new Set([40001, 40014, 42001]);

/**
 * WeChat subscribe messages (订阅消息): only to users with an openid, for kinds with a configured template,
 * spending one of the user's consents for that template. The send is claimed before WeChat is called.
 */
export class WechatSubscribeProvider implements PushProvider {
  readonly channel = 'wechat';
  private readonly log = new Logger('WechatSubscribe');

  constructor(
    private readonly templates: SubscribeTemplateIds,
    private readonly inbox: NotificationsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly tokens: AccessTokens,
    private readonly api: WechatMessageApi,
  ) {}

  async push(notice: NotificationRow): Promise<PushOutcome> {
    const templateId = this.templates[notice.kind];
    if (!templateId) return 'skipped';
    if (await this.subscriptions.claimed(notice.userId, notice.eventKey, this.channel)) return 'skipped';
    const openid = await this.inbox.openidOf(notice.userId);
    if (!openid) return 'skipped';
    const claim = await this.subscriptions.claimSend(notice.userId, notice.eventKey, this.channel, templateId);
    if (!('claimed' in claim)) return 'skipped';
    const message = { touser: openid, templateId, page: wechatPage(notice.link), data: notice.data };
    try {
      let token = await this.tokens.get();
      let errcode = await this.api.sendSubscribe(token, message);
      if (TOKEN_REFUSED.has(errcode)) {
        token = await this.tokens.renew(token);
        errcode = await this.api.sendSubscribe(token, message);
      }
      await this.subscriptions.finish(claim.claimed, errcode === 0 ? 'sent' : 'failed', errcode === 0 ? null : `errcode ${errcode}`);
      return errcode === 0 ? 'sent' : 'failed';
    } catch (error) {
      // The outcome is unknown (a timeout may have reached WeChat): not sent again, so at most once.
      this.log.warn(`subscribe message ${notice.eventKey} to ${notice.userId}: ${String(error)}`);
      await this.subscriptions.finish(claim.claimed, 'failed', String(error));
      return 'failed';
    }
  }
}

import { ErrorCode } from '@livemall/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import { AppException } from '../../common/errors/app-exception';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.tokens';
import { SupportService } from './support.service';
import { supportErrors } from './support.errors';
import { SupportRepository } from './support.repository';
import { signatureMatches } from './wechat-signature';

/** WeChat's message push in JSON mode (plain text, not the encrypted mode): the fields we read. */
const pushSchema = z.object({
  FromUserName: z.string().min(1).max(128),
  MsgType: z.string().max(32),
  Content: z.string().optional(),
  MsgId: z.union([z.number(), z.string()]).optional(),
  Event: z.string().max(64).optional(),
  SessionFrom: z.string().max(256).optional(),
});
type Push = z.infer<typeof pushSchema>;

export type SignedQuery = Record<string, unknown>;

const SESSION_FROM = /^merchant:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * The WeChat provider of customer service: a viewer writes in WeChat's own customer-service session, we
 * map their openid to our user, pick the shop, and run the same steps as the in-app chat.
 */
@Injectable()
export class WechatSupportService {
  private readonly log = new Logger('SupportWechat');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly support: SupportRepository,
    private readonly chat: SupportService,
  ) {}

  private verify(query: SignedQuery): void {
    const token = this.config.support.wechatToken;
    if (!token) throw supportErrors.webhookNotConfigured();
    if (!signatureMatches(token, query)) throw supportErrors.signatureInvalid();
  }

  /** The console's "verify the URL" call: answer echostr when the signature is ours. */
  echo(query: SignedQuery): string {
    this.verify(query);
    return typeof query.echostr === 'string' ? query.echostr : '';
  }

  /** One pushed message or event. Anything we do not handle is acknowledged, or WeChat would retry it. */
  async push(query: SignedQuery, body: unknown): Promise<void> {
    this.verify(query);
    const parsed = pushSchema.safeParse(body);
    if (!parsed.success) throw new AppException(ErrorCode.VALIDATION_FAILED, 'Not a WeChat push message');
    const push = parsed.data;
    const userId = await this.support.userByOpenid(push.FromUserName);
    // Someone who never opened the mini-program has no account here: nothing to answer as.
    if (!userId) return this.log.warn('push from an openid with no account; ignored');
    if (push.MsgType === 'event' && push.Event === 'user_enter_tempsession') return this.enter(userId, push);
    if (push.MsgType === 'text') return this.text(userId, push);
  }

  private async enter(userId: string, push: Push): Promise<void> {
    const merchantId = SESSION_FROM.exec(push.SessionFrom ?? '')?.[1]?.toLowerCase();
    if (merchantId && (await this.support.merchantExists(merchantId))) await this.support.enterWechat(merchantId, userId);
  }

  private async text(userId: string, push: Push): Promise<void> {
    const text = (push.Content ?? '').trim().slice(0, 1000);
    if (!text || push.MsgId === undefined) return;
    const merchantId = (await this.support.lastWechatMerchant(userId)) ?? this.config.support.defaultMerchantId;
    if (!merchantId || !(await this.support.merchantExists(merchantId))) return this.log.warn('WeChat message for no shop; ignored');
    // WeChat retries a push it got no answer to: its MsgId is the message's idempotency key.
    await this.chat.receive(userId, merchantId, 'wechat', { clientMsgId: `wx:${push.MsgId}`, text });
  }
}

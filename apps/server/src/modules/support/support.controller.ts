import { Controller } from '@nestjs/common';
import {
  api,
  type SendSupportMessageRequest,
  type SupportAgentReplyRequest,
  type SupportConversationParams,
  type SupportFaqList,
  type SupportFaqQuery,
  type SupportInboxQuery,
  type SupportMerchantParams,
  type SupportMessagesQuery,
} from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { MerchantSupportService } from './merchant-support.service';
import { SupportService } from './support.service';

@Controller()
export class SupportController {
  constructor(
    private readonly support: SupportService,
    private readonly merchant: MerchantSupportService,
  ) {}

  @Route(api.sendSupportMessage)
  send(@CurrentUser() user: AuthUser, @ValidParams() params: SupportMerchantParams, @ValidBody() body: SendSupportMessageRequest) {
    return this.support.send(user.id, params.merchantId, body);
  }

  @Route(api.mySupportMessages)
  messages(@CurrentUser() user: AuthUser, @ValidParams() params: SupportMerchantParams, @ValidQuery() query: SupportMessagesQuery) {
    return this.support.messages(user.id, params.merchantId, query);
  }

  @Route(api.supportQuickQuestions)
  quickQuestions(@ValidParams() params: SupportMerchantParams) {
    return this.support.quickQuestions(params.merchantId);
  }

  @Route(api.supportInbox)
  inbox(@CurrentUser() user: AuthUser, @ValidQuery() query: SupportInboxQuery) {
    return this.merchant.inbox(user.id, query);
  }

  @Route(api.supportThread)
  thread(@CurrentUser() user: AuthUser, @ValidParams() params: SupportConversationParams, @ValidQuery() query: SupportMessagesQuery) {
    return this.merchant.thread(user.id, params.conversationId, query);
  }

  @Route(api.supportAgentReply)
  reply(@CurrentUser() user: AuthUser, @ValidParams() params: SupportConversationParams, @ValidBody() body: SupportAgentReplyRequest) {
    return this.merchant.reply(user.id, params.conversationId, body);
  }

  @Route(api.supportReturnToBot)
  returnToBot(@CurrentUser() user: AuthUser, @ValidParams() params: SupportConversationParams) {
    return this.merchant.returnToBot(user.id, params.conversationId);
  }

  @Route(api.supportFaqs)
  faqs(@CurrentUser() user: AuthUser, @ValidQuery() query: SupportFaqQuery) {
    return this.merchant.faqs(user.id, query.merchantId);
  }

  @Route(api.replaceSupportFaqs)
  replaceFaqs(@CurrentUser() user: AuthUser, @ValidBody() body: SupportFaqList) {
    return this.merchant.replaceFaqs(user.id, body);
  }
}

import { Controller } from '@nestjs/common';
import { api, type ContentFeedQuery, type ContentIdParams, type ContentInput, type PageQuery } from '@livemall/shared';
import { ValidBody, ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ContentService } from './content.service';
import { MerchantContentService } from './merchant-content.service';

@Controller()
export class ContentController {
  constructor(
    private readonly contents: ContentService,
    private readonly merchant: MerchantContentService,
  ) {}

  @Route(api.merchantContents)
  mine(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.merchant.list(user.id, query);
  }

  @Route(api.createContent)
  create(@CurrentUser() user: AuthUser, @ValidBody() body: ContentInput) {
    return this.merchant.create(user.id, body);
  }

  @Route(api.updateContent)
  update(@CurrentUser() user: AuthUser, @ValidParams() params: ContentIdParams, @ValidBody() body: ContentInput) {
    return this.merchant.update(user.id, params.id, body);
  }

  @Route(api.publishContent)
  publish(@CurrentUser() user: AuthUser, @ValidParams() params: ContentIdParams) {
    return this.merchant.publish(user.id, params.id);
  }

  @Route(api.unpublishContent)
  unpublish(@CurrentUser() user: AuthUser, @ValidParams() params: ContentIdParams) {
    return this.merchant.unpublish(user.id, params.id);
  }

  @Route(api.deleteContent)
  delete(@CurrentUser() user: AuthUser, @ValidParams() params: ContentIdParams) {
    return this.merchant.delete(user.id, params.id);
  }

  @Route(api.contentFeed)
  feed(@ValidQuery() query: ContentFeedQuery) {
    return this.contents.feed(query);
  }

  @Route(api.contentDetail)
  detail(@ValidParams() params: ContentIdParams) {
    return this.contents.detail(params.id);
  }

  @Route(api.recordContentView)
  view(@CurrentUser() user: AuthUser, @ValidParams() params: ContentIdParams) {
    return this.contents.view(user.id, params.id);
  }

  @Route(api.goodsContents)
  forGoods(@ValidParams() params: { id: string }) {
    return this.contents.forGoods(params.id);
  }
}

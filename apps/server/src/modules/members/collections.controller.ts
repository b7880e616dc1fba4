import { Controller } from '@nestjs/common';
import { api, type PageQuery } from '@livemall/shared';
import { ValidParams, ValidQuery } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CollectionsService } from './collections.service';

@Controller()
export class CollectionsController {
  constructor(private readonly collections: CollectionsService) {}

  @Route(api.myFavourites)
  favourites(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.collections.favourites(user.id, query);
  }

  @Route(api.addFavourite)
  favourite(@CurrentUser() user: AuthUser, @ValidParams() params: { goodsId: string }) {
    return this.collections.favourite(user.id, params.goodsId);
  }

  @Route(api.removeFavourite)
  unfavourite(@CurrentUser() user: AuthUser, @ValidParams() params: { goodsId: string }) {
    return this.collections.unfavourite(user.id, params.goodsId);
  }

  @Route(api.myFollows)
  follows(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.collections.follows(user.id, query);
  }

  @Route(api.followRoom)
  follow(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.collections.follow(user.id, params.roomId);
  }

  @Route(api.unfollowRoom)
  unfollow(@CurrentUser() user: AuthUser, @ValidParams() params: { roomId: string }) {
    return this.collections.unfollow(user.id, params.roomId);
  }

  @Route(api.myHistory)
  history(@CurrentUser() user: AuthUser, @ValidQuery() query: PageQuery) {
    return this.collections.history(user.id, query);
  }
}

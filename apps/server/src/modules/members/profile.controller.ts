import { Controller } from '@nestjs/common';
import { api, type BindPhoneRequest, type UpdateProfileRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ProfileService } from './profile.service';

@Controller()
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Route(api.myProfile)
  profile(@CurrentUser() user: AuthUser) {
    return this.profiles.profile(user.id);
  }

  @Route(api.updateProfile)
  update(@CurrentUser() user: AuthUser, @ValidBody() body: UpdateProfileRequest) {
    return this.profiles.update(user.id, body);
  }

  @Route(api.bindPhone)
  bindPhone(@CurrentUser() user: AuthUser, @ValidBody() body: BindPhoneRequest) {
    return this.profiles.bindPhone(user.id, body.code);
  }
}

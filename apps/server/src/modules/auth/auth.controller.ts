import { Controller } from '@nestjs/common';
import { api, type DemoLoginRequest, type GuestLoginRequest, type RefreshRequest, type WechatLoginRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { RateLimit } from '../../common/rate-limit/rate-limit.guard';
import { AuthService } from './auth.service';

@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Route(api.wechatLogin)
  @RateLimit('login')
  wechat(@ValidBody() body: WechatLoginRequest) {
    return this.auth.wechatLogin(body);
  }

  @Route(api.guestLogin)
  @RateLimit('login')
  guest(@ValidBody() body: GuestLoginRequest) {
    return this.auth.guestLogin(body);
  }

  @Route(api.demoLogin)
  @RateLimit('login')
  demo(@ValidBody() body: DemoLoginRequest) {
    return this.auth.demoLogin(body);
  }

  @Route(api.refresh)
  @RateLimit('login')
  refresh(@ValidBody() body: RefreshRequest) {
    return this.auth.refresh(body);
  }

  @Route(api.logout)
  logout(@ValidBody() body: RefreshRequest) {
    return this.auth.logout(body);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { AuthTokens, DemoLoginRequest, GuestLoginRequest, RefreshRequest, WechatLoginRequest } from '@livemall/shared';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import { UsersRepository } from '../users/users.repository';
import { DEMO_SEED_KEYS } from '../seed/demo-accounts';
import { authErrors } from './auth.errors';
import { TokensService } from './tokens.service';
import { WECHAT_SESSION_CLIENT, type WechatSessionClient } from './wechat/wechat-session.client';

@Injectable()
export class AuthService {
  constructor(
    @Inject(WECHAT_SESSION_CLIENT) private readonly wechat: WechatSessionClient,
    private readonly users: UsersRepository,
    private readonly tokens: TokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** WeChat proves the openid first, so a failed code never creates a user. */
  async wechatLogin(input: WechatLoginRequest): Promise<AuthTokens> {
    const session = await this.wechat.code2Session(input.code);
    const user = await this.users.upsertWechat(session.openid, session.unionid, {
      nickname: input.nickname ?? '微信用户',
      avatarUrl: input.avatarUrl,
    });
    return this.tokens.issue(user);
  }

  async guestLogin(input: GuestLoginRequest): Promise<AuthTokens> {
    if (!this.config.guestLogin) throw authErrors.guestDisabled();
    const user = await this.users.upsertGuest(input.deviceId, {
      nickname: input.nickname ?? `游客${input.deviceId.slice(-4)}`,
    });
    return this.tokens.issue(user);
  }

  async demoLogin(input: DemoLoginRequest): Promise<AuthTokens> {
    if (!this.config.guestLogin) throw authErrors.guestDisabled();
    const user = await this.users.findBySeedKey(DEMO_SEED_KEYS[input.account]);
    if (!user) throw authErrors.demoAccountMissing(input.account);
    return this.tokens.issue(user);
  }

  async refresh(input: RefreshRequest): Promise<AuthTokens> {
    const { userId, familyId } = await this.tokens.consume(input.refreshToken);
    const user = await this.users.findById(userId);
    if (!user) throw authErrors.refreshInvalid();
    return this.tokens.issue(user, familyId);
  }

  async logout(input: RefreshRequest): Promise<{ ok: true }> {
    await this.tokens.revoke(input.refreshToken);
    return { ok: true };
  }
}

import { ErrorCode } from '@livemall/shared';
import { loadConfig } from '../../config/config';
import { strictFake } from '../../../test/support/strict-fake';
import type { UserEntity } from '../users/entities/user.entity';
import type { UsersRepository } from '../users/users.repository';
import { authErrors } from './auth.errors';
import { AuthService } from './auth.service';
import type { TokensService } from './tokens.service';
import type { WechatSessionClient } from './wechat/wechat-session.client';

const user = (over: Partial<UserEntity> = {}): UserEntity =>
  ({ id: '2b0d7a8e-7b4a-4d57-9a3c-1b8e64f4d9a1', provider: 'wechat', nickname: '微信用户', avatarUrl: null, roles: ['user'], createdAt: new Date(0), ...over }) as UserEntity;

const tokensFor = (u: UserEntity) => ({ accessToken: 'a', accessExpiresIn: 900, refreshToken: 'r', user: { id: u.id } }) as never;

describe('AuthService', () => {
  const config = loadConfig({});

  it('creates or finds the user by the openid WeChat proved, keeping the unionid', async () => {
    const calls: unknown[] = [];
    const service = new AuthService(
      strictFake<WechatSessionClient>('wechat', { code2Session: async () => ({ openid: 'o_1', unionid: 'u_1' }) }),
      strictFake<UsersRepository>('users', {
        upsertWechat: async (...args: unknown[]) => {
          calls.push(args);
          return user();
        },
      }),
      strictFake<TokensService>('tokens', { issue: async (u: UserEntity) => tokensFor(u) }),
      config,
    );
    const tokens = await service.wechatLogin({ code: 'c', nickname: '小明' });
    expect(tokens.user.id).toBe(user().id);
    expect(calls).toEqual([['o_1', 'u_1', { nickname: '小明', avatarUrl: undefined }]]);
  });

  it('touches no user and issues no token when WeChat refuses the code', async () => {
    const service = new AuthService(
      strictFake<WechatSessionClient>('wechat', { code2Session: async () => Promise.reject(authErrors.wechatCodeInvalid(40029)) }),
      strictFake<UsersRepository>('users', {}),
      strictFake<TokensService>('tokens', {}),
      config,
    );
    await expect(service.wechatLogin({ code: 'bad' })).rejects.toMatchObject({ code: ErrorCode.WECHAT_CODE_INVALID, status: 400 });
  });

  it('refuses guest and demo logins when they are turned off', async () => {
    const service = new AuthService(
      strictFake<WechatSessionClient>('wechat', {}),
      strictFake<UsersRepository>('users', {}),
      strictFake<TokensService>('tokens', {}),
      { ...config, guestLogin: false },
    );
    await expect(service.guestLogin({ deviceId: 'abcdefgh' })).rejects.toMatchObject({ code: ErrorCode.GUEST_LOGIN_DISABLED });
    await expect(service.demoLogin({ account: 'merchant' })).rejects.toMatchObject({ code: ErrorCode.GUEST_LOGIN_DISABLED });
  });

  it('names a guest after the end of its device id unless it chose a nickname', async () => {
    const seen: string[] = [];
    const service = new AuthService(
      strictFake<WechatSessionClient>('wechat', {}),
      strictFake<UsersRepository>('users', {
        upsertGuest: async (_id: string, p: { nickname: string }) => {
          seen.push(p.nickname);
          return user({ provider: 'guest' });
        },
      }),
      strictFake<TokensService>('tokens', { issue: async (u: UserEntity) => tokensFor(u) }),
      config,
    );
    await service.guestLogin({ deviceId: 'device-1234' });
    await service.guestLogin({ deviceId: 'device-1234', nickname: '阿花' });
    expect(seen).toEqual(['游客1234', '阿花']);
  });

  it('refuses a refresh whose user has been deleted', async () => {
    const service = new AuthService(
      strictFake<WechatSessionClient>('wechat', {}),
      strictFake<UsersRepository>('users', { findById: async () => null }),
      strictFake<TokensService>('tokens', { consume: async () => ({ userId: user().id, familyId: 'f' }) }),
      config,
    );
    await expect(service.refresh({ refreshToken: 'x'.repeat(43) })).rejects.toMatchObject({ code: ErrorCode.REFRESH_TOKEN_INVALID });
  });
});

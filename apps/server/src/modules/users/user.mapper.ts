import type { User } from '@livemall/shared';
import type { UserEntity } from './entities/user.entity';

/** The public face of a user. Demo accounts show as guests: to clients they are browser logins. */
export function toUserDto(user: UserEntity): User {
  return {
    id: user.id,
    nickname: user.nickname,
    avatarUrl: user.avatarUrl,
    roles: user.roles,
    provider: user.provider === 'wechat' ? 'wechat' : 'guest',
    createdAt: user.createdAt.toISOString(),
  };
}

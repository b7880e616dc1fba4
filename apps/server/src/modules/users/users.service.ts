import { Injectable } from '@nestjs/common';
import { ErrorCode, type User } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';
import { toUserDto } from './user.mapper';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(private readonly users: UsersRepository) {}

  async me(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    // A valid token for a deleted user: the account is gone, so the session is too.
    if (!user) throw new AppException(ErrorCode.UNAUTHORIZED, 'This account no longer exists');
    return toUserDto(user);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { isRealMonthDay, type MyBirthday, type SetBirthdayRequest, type User } from '@livemall/shared';
import type { Clock } from '../../common/clock/clock';
import { BIRTHDAY_CLOCK, yearsAfter } from './birthday-clock';
import { toMyBirthday } from './birthday.mapper';
import type { UserEntity } from './entities/user.entity';
import { toUserDto } from './user.mapper';
import { userErrors } from './users.errors';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    @Inject(BIRTHDAY_CLOCK) private readonly clock: Clock,
  ) {}

  async me(userId: string): Promise<User> {
    return toUserDto(await this.found(userId));
  }

  async birthday(userId: string): Promise<MyBirthday> {
    return toMyBirthday(await this.found(userId), this.clock.now());
  }

  /**
   * Sets the birthday, then locks it for 12 months (it grants birthday coupons, so it must not wander
   * around the calendar). The same birthday again is a no-op that keeps the lock as it was (a retry).
   */
  async setBirthday(userId: string, b: SetBirthdayRequest): Promise<MyBirthday> {
    if (!isRealMonthDay(b.month, b.day)) throw userErrors.birthdayInvalid();
    const user = await this.found(userId);
    const now = this.clock.now();
    if (user.birthMonth === b.month && user.birthDay === b.day) return toMyBirthday(user, now);
    if (!(await this.users.setBirthday(userId, b, now, yearsAfter(now, -1)))) {
      throw userErrors.birthdayLocked(yearsAfter((await this.found(userId)).birthdaySetAt ?? now, 1));
    }
    return toMyBirthday(await this.found(userId), now);
  }

  private async found(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    // A valid token for a deleted user: the account is gone, so the session is too.
    if (!user) throw userErrors.gone();
    return user;
  }
}

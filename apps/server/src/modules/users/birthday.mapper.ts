import type { MyBirthday } from '@livemall/shared';
import { yearsAfter } from './birthday-clock';
import type { UserEntity } from './entities/user.entity';

export function toMyBirthday(user: UserEntity, now: Date): MyBirthday {
  const from = user.birthdaySetAt ? yearsAfter(user.birthdaySetAt, 1) : null;
  return {
    birthday: user.birthMonth !== null && user.birthDay !== null ? { month: user.birthMonth, day: user.birthDay } : null,
    changeableFrom: from && from > now ? from.toISOString() : null,
  };
}

import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const userErrors = {
  gone: () => new AppException(ErrorCode.UNAUTHORIZED, 'This account no longer exists'),
  birthdayInvalid: () => new AppException(ErrorCode.BIRTHDAY_INVALID, 'This month has no such day'),
  birthdayLocked: (changeableFrom: Date) =>
    new AppException(ErrorCode.BIRTHDAY_LOCKED, 'A birthday can be changed once every 12 months', { changeableFrom: changeableFrom.toISOString() }),
};

import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

export const staffAuthErrors = {
  // One answer for an unknown login and a wrong password, so the answer does not tell which logins exist.
  loginFailed: () => new AppException(ErrorCode.STAFF_LOGIN_FAILED, 'Wrong login name or password'),
  locked: (lockedUntil: Date | null) =>
    new AppException(ErrorCode.STAFF_LOGIN_LOCKED, 'Too many wrong passwords; try again later', lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : undefined),
  noShop: () => new AppException(ErrorCode.STAFF_NO_SHOP, 'This account neither owns nor assists a shop'),
  loginTaken: () => new AppException(ErrorCode.STAFF_LOGIN_TAKEN, 'That login name is taken'),
  currentPasswordWrong: () => new AppException(ErrorCode.STAFF_CURRENT_PASSWORD_WRONG, 'The current password is missing or wrong'),
};

import { ErrorCode } from '@livemall/shared';
import { AppException } from '../../common/errors/app-exception';

/** The failures of logging in and of proving who you are. */
export const authErrors = {
  unauthorized: () => new AppException(ErrorCode.UNAUTHORIZED, 'Log in first'),
  tokenExpired: () => new AppException(ErrorCode.TOKEN_EXPIRED, 'The access token has expired; refresh it'),
  forbidden: () => new AppException(ErrorCode.FORBIDDEN, 'Your account may not do this'),
  refreshInvalid: () => new AppException(ErrorCode.REFRESH_TOKEN_INVALID, 'The refresh token is invalid, expired or already used; log in again'),
  guestDisabled: () => new AppException(ErrorCode.GUEST_LOGIN_DISABLED, 'Guest and demo logins are turned off on this server'),
  demoAccountMissing: (account: string) => new AppException(ErrorCode.NOT_FOUND, `The demo ${account} account has not been seeded`),
  wechatNotConfigured: () => new AppException(ErrorCode.WECHAT_NOT_CONFIGURED, 'WeChat login is not configured: set WX_APPID and WX_SECRET'),
  wechatCodeInvalid: (errcode: number) => new AppException(ErrorCode.WECHAT_CODE_INVALID, 'The login code is invalid or already used; call wx.login again', { wechatErrcode: errcode }),
  wechatRateLimited: (errcode: number) => new AppException(ErrorCode.WECHAT_RATE_LIMITED, 'WeChat is limiting login requests; try again shortly', { wechatErrcode: errcode }),
  wechatUnavailable: (reason: string) => new AppException(ErrorCode.WECHAT_UNAVAILABLE, 'WeChat could not be reached; try again', { reason }),
  wechatError: (errcode: number) => new AppException(ErrorCode.WECHAT_ERROR, 'WeChat refused the login', { wechatErrcode: errcode }),
};

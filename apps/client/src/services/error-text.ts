import { isApiError, type ApiErrorCode } from './api-error';

// What a user is told; the code is what the program acts on. Unknown codes get the generic line.
const texts: Partial<Record<ApiErrorCode, string>> = {
  NETWORK_ERROR: '网络不给力，请检查网络后重试',
  BAD_RESPONSE: '服务器开小差了，请稍后再试',
  CONTRACT_MISMATCH: '版本不匹配，请更新到最新版本',
  UNAUTHORIZED: '请先登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  REFRESH_TOKEN_INVALID: '登录已过期，请重新登录',
  FORBIDDEN: '没有权限',
  GUEST_LOGIN_DISABLED: '当前环境未开放游客登录',
  WECHAT_CODE_INVALID: '微信登录失败，请重试',
  WECHAT_RATE_LIMITED: '操作太频繁，请稍后再试',
  WECHAT_UNAVAILABLE: '微信服务暂不可用，请稍后再试',
  WECHAT_ERROR: '微信登录失败，请稍后再试',
  WECHAT_NOT_CONFIGURED: '服务器未配置微信登录',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  NOT_FOUND: '内容不存在或已下架',
};

export function errorText(error: unknown): string {
  if (isApiError(error)) return texts[error.code] ?? '出错了，请稍后再试';
  return '出错了，请稍后再试';
}

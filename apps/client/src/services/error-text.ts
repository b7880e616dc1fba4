import { errorWords } from '@livemall/shared';
import { isApiError, type ApiErrorCode } from './api-error';

// What a user is told (the server's codes' words are shared with the console). Unknown codes get the generic line.
const texts: Partial<Record<ApiErrorCode, string>> = {
  NETWORK_ERROR: '网络不给力，请检查网络后重试',
  BAD_RESPONSE: '服务器开小差了，请稍后再试',
  CONTRACT_MISMATCH: '版本不匹配，请更新到最新版本',
  ...errorWords,
};

export function errorText(error: unknown): string {
  if (isApiError(error)) return texts[error.code] ?? '出错了，请稍后再试';
  return '出错了，请稍后再试';
}

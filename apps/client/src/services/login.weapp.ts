import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { ApiError } from './api-error';
import { call } from './request';
import type { LoginFn } from './login.types';

/** `wx.login` gives a one-time code; the server trades it for the openid and our own tokens. */
export const login: LoginFn = async (options = {}) => {
  let code: string;
  try {
    ({ code } = await Taro.login());
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', 0, `wx.login failed: ${String((error as { errMsg?: string }).errMsg ?? error)}`);
  }
  return call(api.wechatLogin, { body: { code, ...options } });
};

export const loginLabel = '微信一键登录';

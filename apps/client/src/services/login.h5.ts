import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { call } from './request';
import type { LoginFn } from './login.types';

const DEVICE_ID_KEY = 'livemall.deviceId';
const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** A browser has no WeChat identity: it logs in as a guest named by a random id it keeps. */
export const login: LoginFn = (options = {}) => call(api.guestLogin, { body: { deviceId: deviceId(), ...options } });

export const loginLabel = '以游客身份登录';

/** The same browser must come back as the same guest, so the id lives in storage. */
export function deviceId(): string {
  const stored: unknown = Taro.getStorageSync(DEVICE_ID_KEY);
  if (typeof stored === 'string' && DEVICE_ID_PATTERN.test(stored)) return stored;
  const fresh = randomId();
  Taro.setStorageSync(DEVICE_ID_KEY, fresh);
  return fresh;
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

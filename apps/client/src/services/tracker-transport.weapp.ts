import Taro from '@tarojs/taro';
import { api, type TrackBatchRequest } from '@livemall/shared';
import { apiBase } from './api-base';
import type { SendOutcome } from './tracker-core';

/** A mini-program keeps running a few seconds after it is hidden: enough for one ordinary request. */
export function onBackground(callback: () => void): void {
  Taro.onAppHide(callback);
}

export async function sendOnExit(body: TrackBatchRequest, token: string): Promise<SendOutcome> {
  const res = await Taro.request({
    url: apiBase + api.trackEvents.path,
    method: 'POST',
    header: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    data: JSON.stringify(body),
    dataType: 'text',
  });
  if (res.statusCode >= 200 && res.statusCode < 300) return 'stored';
  return res.statusCode === 400 ? 'rejected' : 'failed';
}

import { api, type TrackBatchRequest } from '@livemall/shared';
import { apiBase } from './api-base';
import type { SendOutcome } from './tracker-core';

/**
 * A tab being hidden is the last moment a page is sure to run (`pagehide` is not fired on mobile when the
 * app is swiped away; `visibilitychange` is). Both may fire: the second finds the queue already sent or
 * sends the same ids again, which the server stores once.
 */
export function onBackground(callback: () => void): void {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') callback();
  });
  window.addEventListener('pagehide', callback);
}

/** `fetch` with `keepalive` outlives the page like `sendBeacon`, but can carry the Authorization header. */
export async function sendOnExit(body: TrackBatchRequest, token: string): Promise<SendOutcome> {
  const res = await fetch(apiBase + api.trackEvents.path, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.ok) return 'stored';
  return res.status === 400 ? 'rejected' : 'failed';
}

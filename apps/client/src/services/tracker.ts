import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { useSession } from '@/stores/session';
import { newRequestId } from '@/utils/request-id';
import { isApiError } from './api-error';
import { call } from './request';
import { FLUSH_EVERY_MS, type SendOutcome, type TrackInput, type Tracker, createTracker } from './tracker-core';
import { onBackground, sendOnExit } from './tracker-transport';

export type { TrackInput } from './tracker-core';

export const TRACKER_STORAGE_KEY = 'livemall.tracker.queue';

/** `subpackages/mall/goods/index` for the page on screen: no leading slash, no query string. */
export function pagePath(): string | undefined {
  const path = Taro.getCurrentInstance().router?.path;
  const clean = path?.split('?')[0]?.replace(/^\/+/, '');
  return clean || undefined;
}

let instance: Tracker | null = null;

function start(): Tracker {
  const token = () => useSession.getState().accessToken;
  const tracker = createTracker(
    {
      send: async (body) => {
        try {
          await call(api.trackEvents, { body });
          return 'stored';
        } catch (error) {
          return isApiError(error) && error.status === 400 ? 'rejected' : 'failed';
        }
      },
      sendOnExit: (body): Promise<SendOutcome> => {
        const t = token();
        return t ? sendOnExit(body, t) : Promise.resolve('failed');
      },
      loggedIn: () => Boolean(token()),
      load: () => {
        const raw: unknown = Taro.getStorageSync(TRACKER_STORAGE_KEY);
        return typeof raw === 'string' && raw !== '' ? raw : null;
      },
      save: (value) => Taro.setStorageSync(TRACKER_STORAGE_KEY, value),
      currentPath: pagePath,
      now: () => Date.now(),
      newId: () => newRequestId(),
    },
    // One session per launch (or H5 page load); dashes and hex fit the server's session id pattern.
    newRequestId(),
  );
  setInterval(() => void tracker.flush(), FLUSH_EVERY_MS);
  // A turn later, so what pages track on the same signal (a live visit's `live_leave`) goes in this batch.
  onBackground(() => setTimeout(() => void tracker.flushOnExit(), 0));
  // Whatever the last launch left is sent as soon as there is a session to send it with.
  void tracker.flush();
  return tracker;
}

/** The app's tracker, started on first use (timer, background hook, and last launch's queue sent). */
export function tracker(): Tracker {
  instance ??= start();
  return instance;
}

/** Queues one event; never throws and never waits: analytics must not break or slow a page. */
export function track(event: TrackInput): void {
  try {
    tracker().track(event);
  } catch (error) {
    console.warn('tracker: event not queued', error);
  }
}

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { api, type AuthTokens, type User } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';
import { login as platformLogin } from '@/services/login';
import type { LoginOptions } from '@/services/login.types';
import { call, setAuthHooks } from '@/services/request';
import { taroStorage } from '@/services/storage';

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SessionState {
  user: User | null;
  accessToken: string | null;
  refreshToken: string | null;
  status: SessionStatus;
  /** What to tell the user when `status` is `error`. */
  error: string | null;
  /** Logs in anew (WeChat or guest, by platform). */
  login(options?: LoginOptions): Promise<void>;
  /** On launch: keep a stored session if the server still accepts it, else log in. */
  ensureLoggedIn(): Promise<void>;
  logout(): Promise<void>;
}

const signedOut = { user: null, accessToken: null, refreshToken: null } as const;

export const useSession = create<SessionState>()(
  persist(
    (set, get) => {
      const accept = (tokens: AuthTokens) =>
        set({ user: tokens.user, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, status: 'ready', error: null });

      return {
        ...signedOut,
        status: 'idle',
        error: null,

        async login(options) {
          set({ status: 'loading', error: null });
          try {
            accept(await platformLogin(options));
          } catch (error) {
            set({ ...signedOut, status: 'error', error: errorText(error) });
          }
        },

        async ensureLoggedIn() {
          if (get().status === 'loading') return;
          if (!get().accessToken) return get().login();
          set({ status: 'loading', error: null });
          try {
            set({ user: await call(api.me), status: 'ready' });
          } catch (error) {
            // Only a rejected session warrants a new login; offline, the stored user is still shown.
            if (isApiError(error) && error.status === 401) return get().login();
            set({ status: get().user ? 'ready' : 'error', error: errorText(error) });
          }
        },

        async logout() {
          const { refreshToken } = get();
          set({ ...signedOut, status: 'idle', error: null });
          if (!refreshToken) return;
          // Revoking is best effort: the tokens are already gone from this device.
          await call(api.logout, { body: { refreshToken } }).catch(() => undefined);
        },
      };
    },
    {
      name: 'livemall.session',
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ user, accessToken, refreshToken }) => ({ user, accessToken, refreshToken }),
    },
  ),
);

setAuthHooks({
  getAccessToken: () => useSession.getState().accessToken,
  getRefreshToken: () => useSession.getState().refreshToken,
  onRefreshed: (tokens) =>
    useSession.setState({ user: tokens.user, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken }),
  onAuthLost: () => useSession.setState({ ...signedOut, status: 'idle' }),
});

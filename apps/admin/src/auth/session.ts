import { create } from 'zustand';
import type { AuthTokens, StaffProfile } from '@livemall/shared';
import { setTokenHooks } from '../api/call';

/** Who is at the console: enough to label the screens and pick what an assistant may not do. */
export type ConsoleStaff = StaffProfile;

interface SessionState {
  tokens: AuthTokens | null;
  staff: ConsoleStaff | null;
  signIn(tokens: AuthTokens, staff: ConsoleStaff): void;
  signOut(): void;
}

const KEY = 'livemall.console.session';

function restore(): Pick<SessionState, 'tokens' | 'staff'> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Pick<SessionState, 'tokens' | 'staff'> | null;
    if (saved?.tokens && saved.staff) return saved;
  } catch {
    // A damaged entry is the same as none: log in again.
  }
  return { tokens: null, staff: null };
}

const persist = (s: Pick<SessionState, 'tokens' | 'staff'>) =>
  s.tokens ? localStorage.setItem(KEY, JSON.stringify({ tokens: s.tokens, staff: s.staff })) : localStorage.removeItem(KEY);

/** The console's session, kept in localStorage so a reload or a second tab stays logged in. */
export const useSession = create<SessionState>((set, get) => ({
  ...restore(),
  signIn(tokens, staff) {
    set({ tokens, staff });
    persist({ tokens, staff });
  },
  signOut() {
    set({ tokens: null, staff: null });
    persist({ tokens: null, staff: null });
  },
}));

setTokenHooks({
  access: () => useSession.getState().tokens?.accessToken ?? null,
  refresh: () => useSession.getState().tokens?.refreshToken ?? null,
  refreshed: (tokens) => {
    const { staff } = useSession.getState();
    if (staff) useSession.getState().signIn(tokens, staff);
  },
  lost: () => useSession.getState().signOut(),
});

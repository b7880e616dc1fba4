import { useEffect } from 'react';
import { api } from '@livemall/shared';
import { call } from '../api/call';
import { isApiError } from '../api/api-error';
import { useSession } from './session';

/**
 * A kept session may be stale (an assistant removed, a shop renamed): ask who I am once per load. A
 * refusal ends the session; a network failure keeps it (the next request will tell).
 */
export function useStaffRefresh(): void {
  const hasSession = useSession((s) => s.tokens !== null);
  useEffect(() => {
    if (!hasSession) return;
    let live = true;
    call(api.consoleMe).then(
      (staff) => {
        const { tokens, signIn } = useSession.getState();
        if (live && tokens) signIn(tokens, staff);
      },
      (e) => {
        if (live && isApiError(e) && (e.status === 401 || e.status === 403)) useSession.getState().signOut();
      },
    );
    return () => {
      live = false;
    };
  }, [hasSession]);
}

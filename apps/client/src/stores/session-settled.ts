import { type SessionState, useSession } from './session';

/**
 * The session once any login in flight has finished. A deep link (a shared red packet) can be tapped
 * while the launch login is still running; waiting here keeps that tap from failing as "not logged in".
 */
export function whenSessionSettled(): Promise<SessionState> {
  const now = useSession.getState();
  if (now.status !== 'loading') return Promise.resolve(now);
  return new Promise((resolve) => {
    const unsubscribe = useSession.subscribe((state) => {
      if (state.status === 'loading') return;
      unsubscribe();
      resolve(state);
    });
  });
}

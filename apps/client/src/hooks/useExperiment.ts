import { useEffect, useState } from 'react';
import { exposeOnce, knownVariant, variantOf } from '@/services/experiments';
import { useSession } from '@/stores/session';

/**
 * My variant of an A/B experiment: undefined while asking, null when I am not in it (not running, not targeted,
 * or the ask failed: show the default). Once I have a variant, its exposure is logged (once per session).
 *
 * The assignment belongs to the user, so it is asked only once the session has a token: asked while the launch
 * login is still running, it would fail and leave a user who is in the experiment on the default.
 */
export function useExperiment(key: string): string | null | undefined {
  const signedIn = useSession((s) => s.accessToken !== null);
  const loggingIn = useSession((s) => s.accessToken === null && s.status === 'loading');
  const [variant, setVariant] = useState<string | null | undefined>(() => knownVariant(key));
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    variantOf(key).then(
      (v) => {
        if (!live) return;
        setVariant(v);
        if (v) void exposeOnce(key);
      },
      () => live && setVariant(null),
    );
    return () => {
      live = false;
    };
  }, [key, signedIn]);
  // Signed out (logged out, or the login failed): the default, as for anyone not in the experiment.
  if (!signedIn) return loggingIn ? undefined : null;
  return variant;
}

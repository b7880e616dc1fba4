import { useState } from 'react';
import { errorText } from '@/services/error-text';

export interface Action {
  busy: boolean;
  /** What the last refusal said. */
  message: string | null;
  /** Runs one action at a time; a refusal becomes `message` and calls `afterRefusal` (read the state again). */
  run<T>(action: () => Promise<T>): Promise<T | null>;
}

/** A page's one-at-a-time action (帮砍, 参团, 购买) with its busy flag and its refusal in words. */
export function useAction(afterRefusal: () => void): Action {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = async <T>(action: () => Promise<T>): Promise<T | null> => {
    if (busy) return null;
    setBusy(true);
    setMessage(null);
    try {
      return await action();
    } catch (e) {
      setMessage(errorText(e));
      afterRefusal();
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, run };
}

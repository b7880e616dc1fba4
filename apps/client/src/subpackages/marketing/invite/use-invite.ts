import { useCallback, useEffect, useState } from 'react';
import { api, inviteCodeSchema, type InviteInfo } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

export interface InviteState {
  info: InviteInfo | null;
  error: string | null;
  binding: boolean;
  bindError: string | null;
  reload(): Promise<void>;
  /** Bind who invited me; true once bound. */
  bind(code: string): Promise<boolean>;
}

/** GET /me/invite (my code, made on first read) and POST /me/inviter. */
export function useInvite(): InviteState {
  const [info, setInfo] = useState<InviteInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [binding, setBinding] = useState(false);
  const [bindError, setBindError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    await whenSessionSettled();
    try {
      setInfo(await call(api.myInvite));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const bind = async (text: string) => {
    // The shared rule (8 letters or digits, no look-alikes) before anything is sent.
    const parsed = inviteCodeSchema.safeParse(text);
    if (!parsed.success) {
      setBindError('邀请码是 8 位字母或数字');
      return false;
    }
    setBinding(true);
    setBindError(null);
    try {
      setInfo(await call(api.bindInviter, { body: { code: parsed.data } }));
      return true;
    } catch (e) {
      setBindError(errorText(e));
      return false;
    } finally {
      setBinding(false);
    }
  };

  return { info, error, binding, bindError, reload, bind };
}

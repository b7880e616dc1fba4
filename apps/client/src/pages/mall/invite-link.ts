import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { api, inviteCodeSchema } from '@livemall/shared';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

/**
 * An invite link opens the mall with `?inviteCode=…` (the server's share path): bind that inviter once
 * the launch login is done. Quietly: a user who already has one, or has ordered before, just shops.
 */
export function useInviteLink(): void {
  useEffect(() => {
    // The page's launch query (no router at all in a test mount).
    const code = Taro.getCurrentInstance().router?.params.inviteCode;
    const parsed = inviteCodeSchema.safeParse(code);
    if (!parsed.success) return;
    void (async () => {
      const session = await whenSessionSettled();
      if (!session.accessToken) return;
      try {
        const info = await call(api.myInvite);
        if (!info.canBind || info.code === parsed.data) return;
        await call(api.bindInviter, { body: { code: parsed.data } });
        void Taro.showToast({ title: '已接受好友邀请', icon: 'none' });
      } catch {
        // Not bindable (already bound, a cycle, an unknown code): nothing to tell a shopper.
      }
    })();
  }, []);
}

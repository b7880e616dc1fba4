import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { api } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface FollowToggle {
  following: boolean | null;
  toggle(): void;
}

/**
 * 关注 in the room header. The room detail does not say whether I follow it, so the newest 50 follows
 * tell (PUT and DELETE are idempotent: a wrong guess costs one tap).
 */
export function useFollow(roomId: string, signedIn: boolean, login: () => void): FollowToggle {
  const [following, setFollowing] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!signedIn) return setFollowing(null);
    let current = true;
    call(api.myFollows, { query: { limit: 50 } }).then(
      (page) => current && setFollowing(page.items.some((f) => f.room.id === roomId)),
      () => current && setFollowing(false),
    );
    return () => {
      current = false;
    };
  }, [roomId, signedIn]);

  const toggle = () => {
    if (!signedIn) return login();
    if (busy) return;
    setBusy(true);
    call(following ? api.unfollowRoom : api.followRoom, { params: { roomId } })
      .then(
        (state) => setFollowing(state.following),
        (e: unknown) => void Taro.showToast({ title: errorText(e), icon: 'none' }),
      )
      .finally(() => setBusy(false));
  };

  return { following, toggle };
}

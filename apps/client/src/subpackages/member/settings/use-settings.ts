import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { api, type MyBirthday, type Profile, type SetBirthdayRequest, type UpdateProfileRequest, type UploadAvatarRequest } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

export interface SettingsState {
  profile: Profile | null;
  birthday: MyBirthday | null;
  error: string | null;
  busy: boolean;
  /** Why the last change was refused, in words. */
  message: string | null;
  reload(): Promise<void>;
  saveProfile(change: UpdateProfileRequest): Promise<void>;
  uploadAvatar(image: UploadAvatarRequest): Promise<void>;
  bindPhone(code: string): Promise<void>;
  saveBirthday(birthday: SetBirthdayRequest): Promise<void>;
}

/** The settings page: profile and birthday, each change answered with the state now. */
export function useSettings(): SettingsState {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [birthday, setBirthday] = useState<MyBirthday | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setError(null);
    await whenSessionSettled();
    try {
      const [p, b] = await Promise.all([call(api.myProfile), call(api.myBirthday)]);
      setProfile(p);
      setBirthday(b);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const run = async (action: () => Promise<void>, done: string) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      await action();
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return {
    profile,
    birthday,
    error,
    busy,
    message,
    reload,
    saveProfile: (body) => run(async () => setProfile(await call(api.updateProfile, { body })), '已保存'),
    uploadAvatar: (body) => run(async () => setProfile(await call(api.uploadAvatar, { body })), '头像已更新'),
    bindPhone: (code) => run(async () => setProfile(await call(api.bindPhone, { body: { code } })), '已绑定'),
    saveBirthday: (body) =>
      run(async () => {
        setBirthday(await call(api.setBirthday, { body }));
        setProfile((p) => (p ? { ...p, birthday: body } : p));
      }, '已保存'),
  };
}

import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { Cover } from '@/components/Cover';
import { profileChange } from './profile-model';
import type { ProfileEditorProps } from './settings.types';

/** In a browser: nickname and an avatar URL (there is no upload route yet). */
export function ProfileEditor({ profile, busy, onSave }: ProfileEditorProps) {
  const [nickname, setNickname] = useState(profile.nickname);
  const [avatarUrl, setAvatarUrl] = useState(profile.avatarUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const change = profileChange({
      nickname: nickname !== profile.nickname ? nickname : undefined,
      avatarUrl: avatarUrl !== (profile.avatarUrl ?? '') ? avatarUrl : undefined,
    });
    if ('error' in change) return setError(change.error);
    setError(null);
    onSave(change.value);
  };
  return (
    <View className='member-card settings-profile'>
      <Cover url={profile.avatarUrl} title={profile.nickname} className='settings-profile__avatar' />
      <View className='settings-row'>
        <Text className='settings-row__label'>昵称</Text>
        <Input id='settings-nickname' className='settings-row__input' value={nickname} maxlength={20} onInput={(e) => setNickname(e.detail.value)} />
      </View>
      <View className='settings-row'>
        <Text className='settings-row__label'>头像地址</Text>
        <Input id='settings-avatar' className='settings-row__input' value={avatarUrl} placeholder='https://…' onInput={(e) => setAvatarUrl(e.detail.value)} />
      </View>
      {error ? (
        <Text id='settings-profile-error' className='member-error'>
          {error}
        </Text>
      ) : null}
      <Text id='settings-profile-save' className={`member-btn${busy ? ' member-btn--off' : ''}`} onClick={busy ? undefined : save}>
        保存资料
      </Text>
    </View>
  );
}

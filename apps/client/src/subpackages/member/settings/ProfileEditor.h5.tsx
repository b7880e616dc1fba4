import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Cover } from '@/components/Cover';
import { profileChange } from './profile-model';
import type { ProfileEditorProps } from './settings.types';
import { avatarContentType, toBase64 } from './avatar-file';

/** In a browser: nickname, and the avatar picked from the device (uploaded) or given as an https URL. */
export function ProfileEditor({ profile, busy, onSave, onUpload }: ProfileEditorProps) {
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
  const pick = async () => {
    try {
      const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
      const file = picked.tempFiles[0] as { path: string; originalFileObj?: File } | undefined;
      if (!file) return;
      const bytes = new Uint8Array(await (await fetch(file.path)).arrayBuffer());
      onUpload({ contentType: avatarContentType(file.originalFileObj?.name ?? file.path), dataBase64: toBase64(bytes) });
    } catch {
      // The picker was closed without a choice.
    }
  };
  return (
    <View className='member-card settings-profile'>
      <View id='settings-avatar-pick' onClick={busy ? undefined : () => void pick()}>
        <Cover url={profile.avatarUrl} title={profile.nickname} className='settings-profile__avatar' />
        <Text className='settings-profile__hint'>点击更换头像</Text>
      </View>
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

import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Cover } from '@/components/Cover';
import { profileChange } from './profile-model';
import type { ProfileEditorProps } from './settings.types';
import { avatarContentType } from './avatar-file';

/**
 * WeChat's own pickers: `chooseAvatar` for the picture and the `nickname` keyboard (which offers the
 * WeChat nickname). The avatar WeChat hands back is a local file: read as base64 and uploaded.
 */
export function ProfileEditor({ profile, busy, onSave, onUpload }: ProfileEditorProps) {
  const save = (draft: { nickname?: string; avatarUrl?: string }) => {
    const change = profileChange(draft);
    if ('error' in change) return void Taro.showToast({ title: change.error, icon: 'none' });
    onSave(change.value);
  };
  return (
    <View className='member-card settings-profile'>
      <Button
        className='settings-profile__choose'
        openType='chooseAvatar'
        disabled={busy}
        onChooseAvatar={(e: { detail: { avatarUrl?: string } }) => {
          const url = e.detail.avatarUrl ?? '';
          if (url.startsWith('https://')) return save({ avatarUrl: url });
          Taro.getFileSystemManager().readFile({
            filePath: url,
            encoding: 'base64',
            success: (r) => onUpload({ contentType: avatarContentType(url), dataBase64: String(r.data) }),
            fail: () => void Taro.showToast({ title: '读取头像失败，请重试', icon: 'none' }),
          });
        }}
      >
        <Cover url={profile.avatarUrl} title={profile.nickname} className='settings-profile__avatar' />
      </Button>
      <View className='settings-row'>
        <Text className='settings-row__label'>昵称</Text>
        <Input
          id='settings-nickname'
          className='settings-row__input'
          type='nickname'
          value={profile.nickname}
          maxlength={20}
          onBlur={(e) => {
            const nickname = e.detail.value.trim();
            if (nickname && nickname !== profile.nickname) save({ nickname });
          }}
        />
      </View>
    </View>
  );
}

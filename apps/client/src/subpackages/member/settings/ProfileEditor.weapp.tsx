import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Cover } from '@/components/Cover';
import { profileChange } from './profile-model';
import type { ProfileEditorProps } from './settings.types';

/**
 * WeChat's own pickers: `chooseAvatar` for the picture and the `nickname` keyboard (which offers the
 * WeChat nickname). The avatar WeChat hands back is a local file; only an https one can be saved until an
 * upload route exists.
 */
export function ProfileEditor({ profile, busy, onSave }: ProfileEditorProps) {
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
          if (url.startsWith('https://')) save({ avatarUrl: url });
          else void Taro.showToast({ title: '暂不支持上传头像', icon: 'none' });
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

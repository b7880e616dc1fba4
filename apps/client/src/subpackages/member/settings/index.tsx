import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/StatusView';
import { BirthdaySection } from './BirthdaySection';
import { PhoneBinding } from './PhoneBinding';
import { ProfileEditor } from './ProfileEditor';
import { useSettings } from './use-settings';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 个人资料: `subpackages/member/settings/index`: nickname, avatar, phone and birthday. */
export default function SettingsPage() {
  usePageView();
  return <SettingsScreen now={() => Date.now()} />;
}

export function SettingsScreen({ now }: { now: () => number }) {
  const settings = useSettings();
  const { profile, birthday } = settings;
  if (!profile || !birthday) {
    if (settings.error) return <StatusView kind='error' text={settings.error} onRetry={() => void settings.reload()} />;
    return <StatusView kind='loading' />;
  }
  return (
    <View className='member-page settings-page'>
      <ProfileEditor key={`${profile.nickname}|${profile.avatarUrl ?? ''}`} profile={profile} busy={settings.busy} onSave={(c) => void settings.saveProfile(c)} onUpload={(i) => void settings.uploadAvatar(i)} />
      <View className='member-card'>
        <PhoneBinding profile={profile} busy={settings.busy} onCode={(code) => void settings.bindPhone(code)} />
        <View className='settings-row'>
          <Text className='settings-row__label'>会员等级</Text>
          <Text id='settings-level' className='settings-row__value'>
            {profile.levelName}
          </Text>
        </View>
      </View>
      <BirthdaySection key={JSON.stringify(birthday)} birthday={birthday} busy={settings.busy} now={now()} onSave={(b) => void settings.saveBirthday(b)} />
      {settings.message ? (
        <Text id='settings-message' className='member-error member-error--block'>
          {settings.message}
        </Text>
      ) : null}
    </View>
  );
}

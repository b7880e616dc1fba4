import { Text, View } from '@tarojs/components';
import type { User } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { providerLabel, roleLabel, shortId } from '@/utils/labels';
import './index.scss';

export interface UserCardProps {
  user: User;
}

export function UserCard({ user }: UserCardProps) {
  return (
    <View className='user-card'>
      <View className='user-card__avatar'>
        <Cover url={user.avatarUrl} title={user.nickname} className='user-card__avatar-image' />
      </View>
      <View className='user-card__info'>
        <Text id='me-nickname' className='user-card__nickname'>
          {user.nickname}
        </Text>
        <Text className='user-card__id'>ID {shortId(user.id)}</Text>
        <View className='user-card__tags'>
          <Text className={`user-card__tag user-card__tag--${user.provider}`}>{providerLabel[user.provider]}</Text>
          {user.roles.map((role) => (
            <Text key={role} className='user-card__tag'>
              {roleLabel[role]}
            </Text>
          ))}
        </View>
      </View>
    </View>
  );
}

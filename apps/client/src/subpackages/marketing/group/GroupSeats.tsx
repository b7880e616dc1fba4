import { Text, View } from '@tarojs/components';
import type { Group } from '@livemall/shared';
import { Avatar } from '../shared/Avatar';
import { seatList } from './seat-model';

/** Every seat of a group: members' avatars (the starter marked 团长), then empty seats as dashed circles. */
export function GroupSeats({ group }: { group: Pick<Group, 'id' | 'groupSize' | 'members'> }) {
  return (
    <View id={`group-seats-${group.id}`} className='mk-seats'>
      {seatList(group).map((seat, i) =>
        seat.kind === 'member' ? (
          <View key={i} className='mk-seat mk-seat--taken'>
            <Avatar url={seat.member.avatarUrl} name={seat.member.nickname} />
            <Text className={`mk-seat__name${seat.member.isStarter ? ' mk-seat__tag' : ''}`}>{seat.member.isStarter ? '团长' : seat.member.nickname}</Text>
          </View>
        ) : (
          <View key={i} className='mk-seat mk-seat--empty'>
            <View className='mk-seat__empty'>?</View>
            <Text className='mk-seat__name'>待加入</Text>
          </View>
        ),
      )}
    </View>
  );
}

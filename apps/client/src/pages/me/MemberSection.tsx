import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { memberPages } from '@/utils/routes';
import { benefitTexts, growthProgress, unreadBadge } from './member-model';
import { useMemberOverview } from './use-member-overview';

/**
 * 会员: the level card, points with the check-in entry, and the links to the member pages. Mount it per
 * user (key by id). The pages themselves are in the member sub-package: the tab only links.
 */
export function MemberSection() {
  const overview = useMemberOverview();
  const { card, points, unread } = overview;
  // Back from checking in, reading messages or paying: the figures have moved.
  useDidShow(() => void overview.reload());
  const go = (url: string) => void Taro.navigateTo({ url });
  const progress = card ? growthProgress(card) : null;
  const badge = unreadBadge(unread);

  return (
    <View className='me-member'>
      <View id='me-level' className='me-level' onClick={() => go(memberPages.points)}>
        <View className='me-level__head'>
          <Text id='me-level-name' className='me-level__name'>
            {card ? card.level.name : '会员'}
          </Text>
          <Text id='me-level-growth' className='me-level__growth'>
            {progress?.text ?? ''}
          </Text>
        </View>
        <View className='me-level__bar'>
          <View id='me-level-bar' className='me-level__fill' style={{ width: `${progress?.percent ?? 0}%` }} />
        </View>
        {card && benefitTexts(card).length ? (
          <View className='me-level__benefits'>
            {benefitTexts(card).map((b) => (
              <Text key={b} className='me-level__benefit'>
                {b}
              </Text>
            ))}
          </View>
        ) : null}
      </View>

      <View className='me-orders me-points'>
        <View id='me-points' className='me-points__cell' onClick={() => go(memberPages.points)}>
          <Text id='me-points-balance' className='me-points__value'>
            {points ? points.balance : '—'}
          </Text>
          <Text className='me-points__label'>积分 ›</Text>
        </View>
        <View id='me-checkin' className='me-points__cell' onClick={() => go(memberPages.points)}>
          <Text className={`me-points__value${points?.checkin.checkedInToday ? ' me-points__value--done' : ''}`}>
            {points ? (points.checkin.checkedInToday ? '已签到' : '签到') : '签到'}
          </Text>
          <Text className='me-points__label'>{points ? `连续 ${points.checkin.streak} 天` : ' '}</Text>
        </View>
      </View>

      <View className='me-orders me-member__links'>
        <Text id='me-favourites' className='me-orders__item' onClick={() => go(memberPages.favourites)}>
          收藏
        </Text>
        <Text id='me-follows' className='me-orders__item' onClick={() => go(memberPages.follows)}>
          关注
        </Text>
        <Text id='me-history' className='me-orders__item' onClick={() => go(memberPages.history)}>
          足迹
        </Text>
        <View id='me-inbox' className='me-orders__item me-member__inbox' onClick={() => go(memberPages.inbox)}>
          <Text>消息</Text>
          {badge ? (
            <Text id='me-inbox-badge' className='me-member__badge'>
              {badge}
            </Text>
          ) : null}
        </View>
        <Text id='me-settings' className='me-orders__item' onClick={() => go(memberPages.settings)}>
          设置
        </Text>
      </View>
      {overview.error ? <Text className='me-member__error'>{overview.error}</Text> : null}
    </View>
  );
}

import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { StatusView } from '@/components/StatusView';
import { formatMonthDayTime } from '@/utils/format-time';
import { ledgerReasonLabel } from '@/utils/labels';
import { CheckinCalendar } from './CheckinCalendar';
import { checkinDates, chinaDate, monthGrid, signedPoints, streakDates } from './checkin-model';
import { usePoints } from './use-points';
import { usePageView } from '@/hooks/usePageView';
import '../member.scss';

/** 我的积分: `subpackages/member/points/index`: balance, check-in calendar and history. */
export default function PointsPage() {
  usePageView();
  return <PointsScreen now={() => Date.now()} />;
}

export function PointsScreen({ now }: { now: () => number }) {
  const points = usePoints();
  const { summary, history, checkin } = points;
  usePullDownRefresh(() => void points.reload().finally(() => Taro.stopPullDownRefresh()));
  useReachBottom(() => void history.loadMore());

  if (!summary) {
    if (points.error) return <StatusView kind='error' text={points.error} onRetry={() => void points.reload()} />;
    return <StatusView kind='loading' />;
  }

  const today = chinaDate(now());
  const marked = [...streakDates(today, summary.checkin.streak, summary.checkin.checkedInToday), ...checkinDates(history.items)];
  const weeks = monthGrid(today, marked);
  const done = summary.checkin.checkedInToday;

  return (
    <View className='member-page points-page'>
      <View className='member-card points-head'>
        <Text className='points-head__label'>当前积分</Text>
        <Text id='points-balance' className='points-head__balance'>
          {summary.balance}
        </Text>
        {summary.expiringSoon ? (
          <Text id='points-expiring' className='points-head__expiring'>
            {summary.expiringSoon.points} 积分将于 {formatMonthDayTime(summary.expiringSoon.firstAt)} 起过期
          </Text>
        ) : null}
      </View>

      <View className='member-card'>
        <View className='checkin-head'>
          <Text id='checkin-streak' className='checkin-head__streak'>
            已连续签到 {summary.checkin.streak} 天
          </Text>
          <Text
            id='checkin-button'
            className={`member-btn${done || points.checkingIn ? ' member-btn--off' : ''}`}
            onClick={done || points.checkingIn ? undefined : () => void points.checkIn()}
          >
            {done ? '今日已签到' : points.checkingIn ? '签到中…' : `签到 +${summary.checkin.nextPoints}`}
          </Text>
        </View>
        {checkin ? (
          <Text id='checkin-result' className='member-hint member-hint--accent'>
            {checkin.fresh ? `签到成功，获得 ${checkin.points} 积分，已连续 ${checkin.streak} 天` : '今天已经签到过了'}
          </Text>
        ) : null}
        {points.checkinError ? <Text className='member-error'>{points.checkinError}</Text> : null}
        <CheckinCalendar title={`${Number(today.slice(5, 7))}月签到`} weeks={weeks} />
        {summary.rules.streakBonuses.length ? (
          <Text className='member-hint'>
            每日签到 {summary.rules.checkinBasePoints} 积分，{summary.rules.streakBonuses.map((b) => `连续${b.day}天再得${b.points}`).join('，')}
          </Text>
        ) : null}
      </View>

      <View className='member-card'>
        <Text className='member-card__title'>积分明细</Text>
        {history.status === 'loading' ? <StatusView kind='loading' /> : null}
        {history.status === 'error' ? <StatusView kind='error' text={history.error ?? undefined} onRetry={() => void history.reload()} /> : null}
        {history.status === 'ready' && history.items.length === 0 ? <StatusView kind='empty' text='还没有积分记录' /> : null}
        {history.items.map((e) => (
          <View key={e.id} className='points-line'>
            <View className='points-line__main'>
              <Text className='points-line__reason'>{ledgerReasonLabel[e.reason]}</Text>
              <Text className='points-line__time'>{formatMonthDayTime(e.createdAt)}</Text>
            </View>
            <Text className={`points-line__delta${e.delta > 0 ? ' points-line__delta--in' : ''}`}>{signedPoints(e.delta)}</Text>
          </View>
        ))}
        {history.hasMore ? (
          <Text id='points-more' className='member-link' onClick={() => void history.loadMore()}>
            {history.loadingMore ? '加载中…' : '加载更多'}
          </Text>
        ) : null}
      </View>
    </View>
  );
}

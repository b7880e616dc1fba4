import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { formatFen, type GoodsSummary, type LiveSchedule } from '@livemall/shared';
import { formatMonthDayTime } from '@/utils/format-time';
import { goodsUrl } from '@/utils/routes';

export interface GoodsPanelProps {
  goods: readonly GoodsSummary[];
  schedules: readonly LiveSchedule[];
  busy: boolean;
  onPush(goodsId: string): void;
  onSchedule(goodsId: string, minutesFromNow: number): void;
  onCancel(scheduleId: string): void;
}

const scheduleStatus: Record<LiveSchedule['status'], string> = { pending: '待推送', pushed: '已推送', cancelled: '已取消' };

/** Goods cards for the room: push one now, or at a set time (run by the server once). */
export function GoodsPanel({ goods, schedules, busy, onPush, onSchedule, onCancel }: GoodsPanelProps) {
  const [minutes, setMinutes] = useState('5');
  const delay = Number(minutes);
  const delayOk = Number.isInteger(delay) && delay >= 1 && delay <= 24 * 60;
  return (
    <View className='host-card'>
      <Text className='host-card__title'>推商品</Text>
      <View className='host-row'>
        <Text className='host-card__hint'>定时：</Text>
        <Input id='host-schedule-minutes' className='host-input host-input--short' type='number' value={minutes} onInput={(e) => setMinutes(e.detail.value)} />
        <Text className='host-card__hint'>分钟后</Text>
      </View>
      {goods.length === 0 ? <Text className='host-card__hint'>货架上还没有你的商品</Text> : null}
      {goods.map((g) => (
        <View key={g.id} className='host-goods'>
          <View id={`host-goods-open-${g.id}`} className='host-goods__info' onClick={() => void Taro.navigateTo({ url: goodsUrl(g.id) })}>
            <Text className='host-goods__title'>{g.title}</Text>
            <Text className='host-goods__price'>{formatFen(g.priceFen)}</Text>
          </View>
          <Text id={`host-push-${g.id}`} className='host-btn host-btn--small' onClick={busy ? undefined : () => onPush(g.id)}>
            立即推送
          </Text>
          <Text
            id={`host-schedule-${g.id}`}
            className={`host-btn host-btn--small host-btn--quiet${delayOk ? '' : ' host-btn--off'}`}
            onClick={busy || !delayOk ? undefined : () => onSchedule(g.id, delay)}
          >
            定时
          </Text>
        </View>
      ))}
      {schedules.length ? <Text className='host-card__subtitle'>定时推送</Text> : null}
      {schedules.map((s) => (
        <View key={s.id} id={`host-schedule-item-${s.id}`} className='host-goods'>
          <View className='host-goods__info'>
            <Text className='host-goods__title'>{s.goods.title}</Text>
            <Text className='host-card__hint'>
              {formatMonthDayTime(s.at)} · {scheduleStatus[s.status]}
            </Text>
          </View>
          {s.status === 'pending' ? (
            <Text className='host-btn host-btn--small host-btn--quiet' onClick={busy ? undefined : () => onCancel(s.id)}>
              取消
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  );
}

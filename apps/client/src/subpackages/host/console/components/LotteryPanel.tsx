import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { Lottery } from '@livemall/shared';
import { lotteryFormToRequest, type LotteryFormInput } from '../lottery-form';

export interface LotteryPanelProps {
  /** The room's current (or last) lottery, as the room sees it. */
  lottery: Lottery | null;
  busy: boolean;
  onStart(form: Exclude<ReturnType<typeof lotteryFormToRequest>, { ok: false }>['body']): void;
  onDraw(id: string): void;
}

/** Start a lottery (prize, winners, who takes part, how long) and draw it now. */
export function LotteryPanel({ lottery, busy, onStart, onDraw }: LotteryPanelProps) {
  const [form, setForm] = useState<LotteryFormInput>({ prize: '', winners: '1', mode: 'keyword', keyword: '', durationSeconds: '60' });
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<LotteryFormInput>) => setForm((f) => ({ ...f, ...patch }));
  const open = lottery?.status === 'open';

  const start = () => {
    const result = lotteryFormToRequest(form);
    if (!result.ok) return setError(result.error);
    setError(null);
    onStart(result.body);
  };

  return (
    <View className='host-card'>
      <Text className='host-card__title'>抽奖</Text>
      {lottery ? (
        <View id='host-lottery' className='host-lottery'>
          <Text className='host-lottery__prize'>
            {lottery.prize} × {lottery.winnerCount} · {open ? '进行中' : '已开奖'}
          </Text>
          <Text className='host-card__hint'>
            {lottery.participation.kind === 'keyword' ? `口令「${lottery.participation.keyword}」` : '直播间所有人'}
            {open ? '' : ` · ${lottery.entrantCount} 人参与`}
          </Text>
          {open ? (
            <Text id='host-lottery-draw' className='host-btn' onClick={busy ? undefined : () => onDraw(lottery.id)}>
              立即开奖
            </Text>
          ) : (
            <Text id='host-lottery-winners' className='host-card__hint'>
              中奖：{lottery.winners.length ? lottery.winners.map((w) => w.nickname).join('、') : '无人参与'}
            </Text>
          )}
        </View>
      ) : null}
      {open ? null : (
        <View className='host-form'>
          <Input id='host-lottery-prize' className='host-input' placeholder='奖品，如：脐橙一箱' value={form.prize} onInput={(e) => set({ prize: e.detail.value })} />
          <View className='host-row'>
            <Text className='host-card__hint'>中奖人数</Text>
            <Input id='host-lottery-winners-input' className='host-input host-input--short' type='number' value={form.winners} onInput={(e) => set({ winners: e.detail.value })} />
            <Text className='host-card__hint'>时长(秒)</Text>
            <Input id='host-lottery-duration' className='host-input host-input--short' type='number' value={form.durationSeconds} onInput={(e) => set({ durationSeconds: e.detail.value })} />
          </View>
          <View className='host-row'>
            <Text id='host-lottery-mode-keyword' className={`host-chip${form.mode === 'keyword' ? ' host-chip--on' : ''}`} onClick={() => set({ mode: 'keyword' })}>
              发口令参与
            </Text>
            <Text id='host-lottery-mode-viewers' className={`host-chip${form.mode === 'viewers' ? ' host-chip--on' : ''}`} onClick={() => set({ mode: 'viewers' })}>
              在场所有人
            </Text>
          </View>
          {form.mode === 'keyword' ? (
            <Input id='host-lottery-keyword' className='host-input' placeholder='口令，如：想要' value={form.keyword} onInput={(e) => set({ keyword: e.detail.value })} />
          ) : null}
          {error ? <Text className='host-error'>{error}</Text> : null}
          <Text id='host-lottery-start' className='host-btn' onClick={busy ? undefined : start}>
            开始抽奖
          </Text>
        </View>
      )}
    </View>
  );
}

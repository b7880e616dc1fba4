import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Lottery } from '@livemall/shared';
import type { LotteryCheckView } from '../use-lottery-check';

export interface LotteryCardProps {
  lottery: Lottery;
  /** The viewer's user id; null for a guest. */
  youId: string | null;
  check: LotteryCheckView;
  onVerify(): void;
  /** Sends the keyword as a comment (keyword lotteries, while open). */
  onJoin?(keyword: string): void;
  /** Epoch ms; the card ticks by itself when not given (tests pass it). */
  now?: number;
}

function useNow(given: number | undefined, ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (given !== undefined || !ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [given, ticking]);
  return given ?? now;
}

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** The room's lottery: how to take part and the time left, then who won, and a check anyone can run. */
export function LotteryCard({ lottery, youId, check, onVerify, onJoin, now: givenNow }: LotteryCardProps) {
  const open = lottery.status === 'open';
  const now = useNow(givenNow, open);
  const keyword = lottery.participation.kind === 'keyword' ? lottery.participation.keyword : null;
  const won = !open && youId !== null && lottery.winners.some((w) => w.userId === youId);

  return (
    <View id='live-lottery' className={`lottery-card lottery-card--${lottery.status}`}>
      <View className='lottery-card__head'>
        <Text className='lottery-card__tag'>{open ? '抽奖中' : '已开奖'}</Text>
        <Text id='lottery-prize' className='lottery-card__prize'>
          {lottery.prize} × {lottery.winnerCount}
        </Text>
      </View>
      {open ? (
        <View className='lottery-card__body'>
          <Text id='lottery-how' className='lottery-card__how'>
            {keyword ? `发送弹幕「${keyword}」参与` : '在直播间即可参与'}
          </Text>
          <Text id='lottery-countdown' className='lottery-card__countdown'>
            {mmss(Date.parse(lottery.endsAt) - now)} 后开奖
          </Text>
          {keyword && onJoin ? (
            <Text id='lottery-join' className='lottery-card__action' onClick={() => onJoin(keyword)}>
              一键发送口令
            </Text>
          ) : null}
        </View>
      ) : (
        <View className='lottery-card__body'>
          {youId !== null ? (
            <Text id='lottery-you' className={`lottery-card__you${won ? ' lottery-card__you--won' : ''}`}>
              {won ? '你中奖了' : '很遗憾，这次没有中奖'}
            </Text>
          ) : null}
          <Text id='lottery-winners' className='lottery-card__winners'>
            {lottery.winners.length ? `中奖：${lottery.winners.map((w) => w.nickname).join('、')}` : '无人参与，本次无人中奖'}
          </Text>
          <Text className='lottery-card__meta'>共 {lottery.entrantCount} 人参与</Text>
          {check.status === 'done' ? (
            <Text id='lottery-check' className={`lottery-card__check lottery-card__check--${check.ok ? 'ok' : 'bad'}`}>
              {check.text}
            </Text>
          ) : (
            <Text id='lottery-verify' className='lottery-card__action' onClick={check.status === 'checking' ? undefined : onVerify}>
              {check.status === 'checking' ? '验证中…' : '验证'}
            </Text>
          )}
        </View>
      )}
      <Text className='lottery-card__commitment'>承诺 {lottery.commitment.slice(0, 16)}…</Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { formatFen, type WalletEntry } from '@livemall/shared';
import type { ListStatus } from '@/hooks/usePagedList';
import { formatMonthDayTime } from '@/utils/format-time';
import { ledgerReasonLabel, signedFen } from '@/utils/labels';
import './index.scss';

export interface WalletCardProps {
  balance: number | null;
  entries: WalletEntry[];
  status: ListStatus;
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
}

/** 我的钱包: the balance, then every movement of money, newest first. */
export function WalletCard({ balance, entries, status, error, hasMore, loadingMore, onLoadMore, onRetry }: WalletCardProps) {
  return (
    <View className='wallet-card'>
      <View className='wallet-card__head'>
        <Text className='wallet-card__title'>我的钱包</Text>
        <Text id='wallet-balance' className='wallet-card__balance'>
          {balance === null ? '--' : formatFen(balance)}
        </Text>
      </View>
      {status === 'loading' ? <View className='wallet-card__status'>加载中…</View> : null}
      {status === 'error' ? (
        <View className='wallet-card__status' onClick={onRetry}>
          {error ?? '加载失败'}，点击重试
        </View>
      ) : null}
      {status === 'ready' && entries.length === 0 ? <View className='wallet-card__status'>还没有收支记录</View> : null}
      {entries.map((entry) => (
        <View key={entry.id} className='wallet-card__entry'>
          <View className='wallet-card__what'>
            <Text className='wallet-card__reason'>{ledgerReasonLabel[entry.reason]}</Text>
            <Text className='wallet-card__time'>{formatMonthDayTime(entry.createdAt)}</Text>
          </View>
          <Text className={`wallet-card__delta wallet-card__delta--${entry.delta >= 0 ? 'in' : 'out'}`}>{signedFen(entry.delta)}</Text>
        </View>
      ))}
      {status === 'ready' && hasMore ? (
        <View id='wallet-more' className='wallet-card__more' onClick={loadingMore ? undefined : onLoadMore}>
          {loadingMore ? '加载中…' : '加载更多'}
        </View>
      ) : null}
    </View>
  );
}

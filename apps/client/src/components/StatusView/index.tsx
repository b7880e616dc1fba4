import { Button, Text, View } from '@tarojs/components';
import './index.scss';

export interface StatusViewProps {
  kind: 'loading' | 'empty' | 'error';
  text?: string;
  /** Shows a retry button (errors only). */
  onRetry?: () => void;
}

const defaults: Record<StatusViewProps['kind'], string> = {
  loading: '加载中…',
  empty: '暂无内容',
  error: '加载失败',
};

/** The one way a list or page says "loading", "nothing here" or "that failed". */
export function StatusView({ kind, text, onRetry }: StatusViewProps) {
  return (
    <View className={`status-view status-view--${kind}`}>
      <Text className='status-view__text'>{text ?? defaults[kind]}</Text>
      {kind === 'error' && onRetry ? (
        <Button className='status-view__retry' size='mini' onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

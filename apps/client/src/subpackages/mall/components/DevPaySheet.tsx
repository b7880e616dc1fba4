import { Text, View } from '@tarojs/components';
import { formatFen } from '@livemall/shared';

export interface DevPaySheetProps {
  totalFen: number;
  busy: boolean;
  error: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/** The dev payment provider's stand-in for WeChat's sheet: confirming completes the payment on the server. */
export function DevPaySheet({ totalFen, busy, error, onConfirm, onCancel }: DevPaySheetProps) {
  return (
    <View className='mall-mask' onClick={busy ? undefined : onCancel}>
      <View id='pay-dev-sheet' className='mall-sheet' onClick={(e) => e.stopPropagation()}>
        <Text className='mall-sheet__title'>模拟支付</Text>
        <Text className='mall-sheet__hint'>开发环境没有接入微信支付，确认后视为支付成功。</Text>
        <Text id='pay-dev-amount' className='mall-sheet__amount'>
          {formatFen(totalFen)}
        </Text>
        {error ? (
          <Text id='pay-error' className='mall-error'>
            {error}
          </Text>
        ) : null}
        <View className='mall-sheet__actions'>
          <Text id='pay-dev-cancel' className='mall-btn mall-btn--quiet' onClick={busy ? undefined : onCancel}>
            暂不支付
          </Text>
          <Text id='pay-dev-confirm' className={`mall-btn${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : onConfirm}>
            {busy ? '支付中…' : '确认支付'}
          </Text>
        </View>
      </View>
    </View>
  );
}

import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { QuantityStepper } from './QuantityStepper';

export interface RefundFormProps {
  itemId: string;
  max: number;
  busy: boolean;
  error: string | null;
  onSubmit(quantity: number, reason: string): void;
  onCancel(): void;
}

/** Ask for some or all of an item's money back: how many (up to what is still refundable) and why. */
export function RefundForm({ itemId, max, busy, error, onSubmit, onCancel }: RefundFormProps) {
  const [quantity, setQuantity] = useState(max);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    onSubmit(quantity, reason.trim());
  };
  return (
    <View id={`refund-form-${itemId}`} className='refund-form' onClick={(e) => e.stopPropagation()}>
      <View className='refund-form__row'>
        <Text className='mall-hint'>退款数量</Text>
        <QuantityStepper id={`refund-qty-${itemId}`} value={quantity} max={max} disabled={busy} onChange={setQuantity} />
      </View>
      <Input
        id={`refund-reason-${itemId}`}
        className='refund-form__input'
        value={reason}
        maxlength={200}
        placeholder='退款原因（必填）'
        onInput={(e) => {
          setReason(e.detail.value);
          setMissing(false);
        }}
      />
      {missing ? <Text className='mall-error'>请填写退款原因</Text> : null}
      {error ? <Text className='mall-error'>{error}</Text> : null}
      <View className='refund-form__actions'>
        <Text className='mall-btn mall-btn--small mall-btn--quiet' onClick={busy ? undefined : onCancel}>
          取消
        </Text>
        <Text id={`refund-submit-${itemId}`} className={`mall-btn mall-btn--small${busy ? ' mall-btn--off' : ''}`} onClick={busy ? undefined : submit}>
          提交申请
        </Text>
      </View>
    </View>
  );
}

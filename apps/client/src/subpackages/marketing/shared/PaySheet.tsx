import { Text } from '@tarojs/components';
import type { PayOrderState } from '../../mall/pay/use-pay-order';
import { DevPaySheet } from '../../mall/components/DevPaySheet';

/** The dev provider's 模拟支付 sheet while a payment waits for it (WeChat's own sheet needs nothing here). */
export function PaySheet({ payment, totalFen }: { payment: PayOrderState; totalFen: number }) {
  if (!payment.devPaymentId) return null;
  return <DevPaySheet totalFen={totalFen} busy={payment.busy} error={payment.message} onConfirm={() => void payment.confirmDev()} onCancel={payment.cancelDev} />;
}

/** A page's one error line (an action refused, a payment that could not start). */
export function ErrorLine({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <Text id={id} className='mall-error mall-error--block'>
      {text}
    </Text>
  );
}

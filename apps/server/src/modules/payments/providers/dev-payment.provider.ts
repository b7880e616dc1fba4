import { paymentErrors } from '../payments.errors';
import type { PaymentProvider, PrepayInput, ProviderTransaction } from './payment-provider';

/**
 * Embedded/demo mode: no money moves. The buyer confirms their own payment (`POST /payments/:id/dev-confirm`)
 * and refunds are only recorded. Production must choose it on purpose (see the `PAY_PROVIDER` setting).
 */
export class DevPaymentProvider implements PaymentProvider {
  readonly name = 'dev' as const;
  readonly confirmsLocally = true;

  prepay(input: PrepayInput) {
    return Promise.resolve({ prepayId: null, result: { provider: 'dev' as const, paymentId: input.paymentId } });
  }

  readNotify(): ProviderTransaction {
    throw paymentErrors.notifyInvalid('the dev payment provider receives no notifications');
  }

  query(): Promise<ProviderTransaction | null> {
    return Promise.resolve(null);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  refund(): Promise<void> {
    return Promise.resolve();
  }
}

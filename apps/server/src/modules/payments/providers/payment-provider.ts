import type { PayOrderResult, PaymentProvider as ProviderName } from '@livemall/shared';

export interface PrepayInput {
  paymentId: string;
  outTradeNo: string;
  amountFen: number;
  description: string;
  /** The buyer's openid in our mini-program; null for a guest. */
  payerOpenid: string | null;
}

/** What the provider says happened to a payment: from a verified notification or a query. */
export interface ProviderTransaction {
  outTradeNo: string;
  /** WeChat's `trade_state`: SUCCESS, NOTPAY, CLOSED, REFUND, USERPAYING, PAYERROR… */
  state: string;
  transactionId: string | null;
  amountFen: number;
}

export interface ProviderRefund {
  outTradeNo: string;
  outRefundNo: string;
  amountFen: number;
  /** The payment's whole amount, which WeChat wants to see beside the refund. */
  totalFen: number;
  reason: string;
}

/**
 * One implementation per way of taking money (see the `PAY_PROVIDER` setting). Failures the caller must
 * show are thrown as AppException PAYMENT_PROVIDER_ERROR; a notification that fails a check throws
 * PAYMENT_NOTIFY_INVALID.
 */
export interface PaymentProvider {
  readonly name: ProviderName;
  /** Dev only: the buyer may confirm a payment themselves. */
  readonly confirmsLocally: boolean;
  /** Asks the provider to expect the payment; returns what the client needs to pay and the provider's id. */
  prepay(input: PrepayInput): Promise<{ prepayId: string | null; result: PayOrderResult }>;
  /** Checks a notification's signature, age and origin, and reads the transaction it carries. */
  readNotify(headers: Record<string, string | string[] | undefined>, rawBody: Buffer): ProviderTransaction;
  /** The provider's view of a payment; null when it never heard of it. */
  query(outTradeNo: string): Promise<ProviderTransaction | null>;
  /** Makes an unpaid payment unpayable (its amount changed or its order was cancelled). */
  close(outTradeNo: string): Promise<void>;
  /** Sends money back; the same `outRefundNo` refunds at most once at the provider. */
  refund(input: ProviderRefund): Promise<void>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { api, type Order } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { askSubscribe, prefetchSubscribeTemplates } from '@/services/subscribe';
import { trackPaid } from '@/services/track-events';
import { requestWechatPayment } from './pay';
import type { RequestWechatPayment } from './pay.types';

export interface PayOrderState {
  /** Waiting for the server or the payment sheet. */
  busy: boolean;
  /** The dev provider's payment waiting for the buyer's 模拟支付 confirmation. */
  devPaymentId: string | null;
  message: string | null;
  /**
   * Starts paying; `onSettled` gets the order id once the attempt is over (paid, cancelled or refused).
   * `consentAsked`: the caller already asked for the shipping/refund subscribe messages in this tap.
   */
  pay(orderId: string, options?: { consentAsked?: boolean }): Promise<void>;
  confirmDev(): Promise<void>;
  cancelDev(): void;
}

export interface PayOrderOptions {
  /** The attempt is over: `paid` says whether the server has (or WeChat says it will have) the money. */
  onSettled(orderId: string, paid: boolean, order?: Order): void;
  requestPayment?: RequestWechatPayment;
}

export const PAY_NOTICE_KINDS = ['order_shipped', 'refund_done'] as const;

/**
 * Pay for an order: ask the server how (POST /orders/:id/pay), then either WeChat's sheet (weapp) or,
 * with the dev provider, a 模拟支付 sheet whose confirmation the server treats like WeChat's notify.
 */
export function usePayOrder({ onSettled, requestPayment = requestWechatPayment }: PayOrderOptions): PayOrderState {
  const [busy, setBusy] = useState(false);
  const [devPaymentId, setDevPaymentId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const orderRef = useRef<string | null>(null);
  useEffect(prefetchSubscribeTemplates, []);

  const pay = async (orderId: string, options: { consentAsked?: boolean } = {}) => {
    if (busy) return;
    // Paying is when "shipped" and "refunded" messages matter; WeChat wants the dialog before any await.
    if (!options.consentAsked) await askSubscribe(PAY_NOTICE_KINDS);
    orderRef.current = orderId;
    setBusy(true);
    setMessage(null);
    try {
      const how = await call(api.payOrder, { params: { id: orderId } });
      if (how.provider === 'dev') {
        setDevPaymentId(how.paymentId);
        return;
      }
      const outcome = await requestPayment(how.params);
      if (outcome.kind === 'paid') {
        trackPaid(orderId);
        return onSettled(orderId, true);
      }
      // Said in a dialog: the checkout page moves on to the order page, which would lose an inline note.
      const why = outcome.kind === 'unsupported' ? '浏览器里不能使用微信支付，请在微信小程序中打开订单完成支付' : outcome.kind === 'failed' ? '支付没有完成，请稍后在订单里重新支付' : null;
      if (why) await Taro.showModal({ title: '未完成支付', content: why, showCancel: false });
      onSettled(orderId, false);
    } catch (error) {
      setMessage(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const confirmDev = async () => {
    const paymentId = devPaymentId;
    const orderId = orderRef.current;
    if (!paymentId || !orderId || busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const order = await call(api.confirmDevPayment, { params: { id: paymentId } });
      setDevPaymentId(null);
      trackPaid(orderId);
      onSettled(orderId, true, order);
    } catch (error) {
      setMessage(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const cancelDev = () => {
    setDevPaymentId(null);
    if (orderRef.current) onSettled(orderRef.current, false);
  };

  return { busy, devPaymentId, message, pay, confirmDev, cancelDev };
}

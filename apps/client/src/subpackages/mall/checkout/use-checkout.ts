import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, type Address, type CheckoutQuote, type CheckoutRequest, type Order } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { useAddressChoice } from '../stores/address-choice';
import { couponField, couponForOrder, type CouponChoice } from './coupon-choice';
import { createOrderSubmitter } from './order-submitter';
import { trackOrderCreated } from '@/services/track-events';
import { pointsForOrder, pointsWanted } from './points-choice';

type Lines = CheckoutRequest['lines'];

export interface CheckoutState {
  addresses: Address[] | null;
  address: Address | null;
  quote: CheckoutQuote | null;
  quoteError: string | null;
  /** A quote for the current choices is on its way (the one shown may be for the previous coupon). */
  quoting: boolean;
  couponChoice: CouponChoice;
  /** Pick a coupon (or null: none); the quote is asked for again with it. */
  chooseCoupon(choice: string | null): void;
  /** Pay part with points (the quote's points block says how many can be used). */
  usePoints: boolean;
  setUsePoints(on: boolean): void;
  submitting: boolean;
  submitError: string | null;
  /** The order placed here; the page only pays for it from then on (a second submit would buy twice). */
  order: Order | null;
  reloadAddresses(): Promise<void>;
  submit(): Promise<Order | null>;
}

/**
 * The checkout's data: the address book (the chosen or default address), the server's quote for the
 * lines and that address, and placing the order with a requestId that survives retries.
 */
export function useCheckout(lines: Lines, fromCart: boolean): CheckoutState {
  const [addresses, setAddresses] = useState<Address[] | null>(null);
  const [quote, setQuote] = useState<CheckoutQuote | null>(null);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const [quoting, setQuoting] = useState(false);
  const [couponChoice, setCouponChoice] = useState<CouponChoice>(undefined);
  const [usePoints, setUsePointsState] = useState(false);
  const [pointsToUse, setPointsToUse] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [order, setOrder] = useState<Order | null>(null);
  const chosenId = useAddressChoice((s) => s.addressId);
  const submitter = useRef(createOrderSubmitter((body) => call(api.createOrder, { body }).then(trackOrderCreated)));

  const address = useMemo(() => {
    if (!addresses?.length) return null;
    return addresses.find((a) => a.id === chosenId) ?? addresses.find((a) => a.isDefault) ?? addresses[0]!;
  }, [addresses, chosenId]);

  const reloadAddresses = useCallback(async () => {
    try {
      setAddresses((await call(api.addresses)).items);
    } catch (error) {
      setQuoteError(errorText(error));
      setAddresses((previous) => previous ?? []);
    }
  }, []);

  const linesKey = JSON.stringify(lines);
  useEffect(() => {
    if (addresses === null) return;
    let current = true;
    setQuoteError(null);
    setQuoting(true);
    call(api.checkoutQuote, { body: { lines, fromCart, ...(address ? { addressId: address.id } : {}), ...couponField(couponChoice), pointsToUse } }).then(
      (q) => {
        if (!current) return;
        setQuote(q);
        setQuoting(false);
      },
      (e: unknown) => {
        if (!current) return;
        setQuote(null);
        setQuoting(false);
        setQuoteError(errorText(e));
      },
    );
    return () => {
      current = false;
    };
    // The lines are compared by value: the page re-renders with an equal but new array.
  }, [linesKey, fromCart, address?.id, addresses === null, couponChoice, pointsToUse]);

  const submit = async (): Promise<Order | null> => {
    if (order) return order;
    if (!address || submitting || quoting) return null;
    setSubmitting(true);
    setSubmitError(null);
    try {
      const couponId = couponForOrder(quote, couponChoice);
      const placed = await submitter.current({ lines, addressId: address.id, fromCart, ...(couponId === undefined ? {} : { couponId }), ...pointsForOrder(usePoints, quote) });
      setOrder(placed);
      return placed;
    } catch (error) {
      setSubmitError(errorText(error));
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  const chooseCoupon = useCallback((choice: string | null) => setCouponChoice(choice), []);
  const setUsePoints = (on: boolean) => {
    setUsePointsState(on);
    setPointsToUse(pointsWanted(on, quote));
  };

  return { addresses, address, quote, quoteError, quoting, couponChoice, chooseCoupon, usePoints, setUsePoints, submitting, submitError, order, reloadAddresses, submit };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, GIFTS, type Gift, type GiftId, type PayWith } from '@livemall/shared';
import { call } from '@/services/request';
import { createGiftSender, type GiftOutcome } from './gift-sender';

export interface GiftPanelState {
  open: boolean;
  gifts: readonly Gift[];
  selected: GiftId;
  payWith: PayWith;
  /** Null until loaded (or when loading failed: the server still checks). */
  walletFen: number | null;
  points: number | null;
  sending: boolean;
  error: { text: string; retryable: boolean } | null;
  show(): void;
  hide(): void;
  select(id: GiftId): void;
  setPayWith(payWith: PayWith): void;
  send(): void;
  retry(): void;
}

/** The gift panel's state and I/O: catalogue and balances on opening, then one request per tap. */
export function useGiftPanel(roomId: string): GiftPanelState {
  const [open, setOpen] = useState(false);
  const [gifts, setGifts] = useState<readonly Gift[]>(GIFTS);
  const [selected, setSelected] = useState<GiftId>(GIFTS[0].id);
  const [payWith, setPayWith] = useState<PayWith>('points');
  const [walletFen, setWalletFen] = useState<number | null>(null);
  const [points, setPoints] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<GiftPanelState['error']>(null);
  const sender = useMemo(() => createGiftSender({ post: (body) => call(api.sendGift, { params: { roomId }, body }) }), [roomId]);

  useEffect(() => {
    if (!open) return;
    // The built-in catalogue shows at once; the server's replaces it (it may have changed prices).
    call(api.gifts).then((r) => setGifts(r.items), () => undefined);
    call(api.myWallet, { query: { limit: 1 } }).then((w) => setWalletFen(w.balance), () => undefined);
    call(api.myPoints).then((p) => setPoints(p.points), () => undefined);
  }, [open]);

  const settle = useCallback((outcome: GiftOutcome) => {
    setSending(false);
    if (outcome.ok) {
      setWalletFen(outcome.result.walletFen);
      setPoints(outcome.result.points);
      setError(null);
    } else {
      setError({ text: outcome.text, retryable: outcome.retryable });
    }
  }, []);

  const send = useCallback(() => {
    if (sending) return;
    setSending(true);
    void sender.send(selected, payWith).then(settle);
  }, [sender, selected, payWith, sending, settle]);

  const retry = useCallback(() => {
    const again = sending ? null : sender.retry();
    if (!again) return;
    setSending(true);
    void again.then(settle);
  }, [sender, sending, settle]);

  const select = useCallback(
    (id: GiftId) => {
      setSelected(id);
      // A wallet-only gift cannot go on points: switch rather than let the server refuse.
      if (gifts.find((g) => g.id === id)?.pricePoints === null) setPayWith('wallet');
    },
    [gifts],
  );

  return {
    open,
    gifts,
    selected,
    payWith,
    walletFen,
    points,
    sending,
    error,
    show: () => setOpen(true),
    hide: () => setOpen(false),
    select,
    setPayWith: (p) => {
      setPayWith(p);
      setError(null);
    },
    send,
    retry,
  };
}

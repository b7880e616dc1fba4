import { Button, Text, View } from '@tarojs/components';
import { formatFen, type Gift, type GiftId, type PayWith } from '@livemall/shared';

export interface GiftPanelProps {
  gifts: readonly Gift[];
  selected: GiftId;
  payWith: PayWith;
  walletFen: number | null;
  points: number | null;
  sending: boolean;
  error: { text: string; retryable: boolean } | null;
  onSelect(id: GiftId): void;
  onPayWith(payWith: PayWith): void;
  onSend(): void;
  onRetry(): void;
  onClose(): void;
}

const price = (gift: Gift, payWith: PayWith) =>
  payWith === 'wallet' ? formatFen(gift.priceFen) : gift.pricePoints === null ? '仅限钱包' : `${gift.pricePoints} 积分`;

/** The sheet a viewer sends gifts from: pick a gift, pick how to pay, send. */
export function GiftPanel(props: GiftPanelProps) {
  const { gifts, selected, payWith, walletFen, points, sending, error } = props;
  return (
    <View id='gift-panel' className='gift-panel'>
      <View className='gift-panel__head'>
        <Text className='gift-panel__title'>送礼物</Text>
        <Text id='gift-panel-close' className='gift-panel__close' onClick={props.onClose}>
          ×
        </Text>
      </View>
      <View className='gift-panel__grid'>
        {gifts.map((gift) => (
          <View
            key={gift.id}
            id={`gift-item-${gift.id}`}
            className={`gift-panel__gift${gift.id === selected ? ' gift-panel__gift--on' : ''}`}
            onClick={() => props.onSelect(gift.id)}
          >
            <Text className='gift-panel__name'>{gift.name}</Text>
            <Text className='gift-panel__price'>{price(gift, payWith)}</Text>
          </View>
        ))}
      </View>
      <View className='gift-panel__pay'>
        <Text
          id='gift-pay-points'
          className={`gift-panel__payopt${payWith === 'points' ? ' gift-panel__payopt--on' : ''}`}
          onClick={() => props.onPayWith('points')}
        >
          积分 {points ?? '—'}
        </Text>
        <Text
          id='gift-pay-wallet'
          className={`gift-panel__payopt${payWith === 'wallet' ? ' gift-panel__payopt--on' : ''}`}
          onClick={() => props.onPayWith('wallet')}
        >
          钱包 {walletFen === null ? '—' : formatFen(walletFen)}
        </Text>
        <Button id='gift-send' className='gift-panel__send' size='mini' loading={sending} disabled={sending} onClick={props.onSend}>
          送出
        </Button>
      </View>
      {error ? (
        <View className='gift-panel__error'>
          <Text id='gift-error'>{error.text}</Text>
          {error.retryable ? (
            <Text id='gift-retry' className='gift-panel__retry' onClick={props.onRetry}>
              重试
            </Text>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}

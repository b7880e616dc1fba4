import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { formatFen, type CartItem } from '@livemall/shared';
import { Cover } from '@/components/Cover';
import { StatusView } from '@/components/StatusView';
import { goodsUrl, mallPages } from '@/utils/routes';
import { encodeLines } from '../checkout/checkout-lines';
import { QuantityStepper } from '../components/QuantityStepper';
import { useCart } from '../stores/cart-store';
import { lineProblem, summarizeCart, type CartShop } from './cart-summary';
import { usePageView } from '@/hooks/usePageView';
import '../mall.scss';

/** 购物车: lines with today's price and stock; the selection checks out one shop at a time. */
export default function CartPage() {
  usePageView();
  const cart = useCart();
  const [message, setMessage] = useState<string | null>(null);
  useDidShow(() => void cart.load());

  if (cart.status === 'error' && !cart.items.length) return <StatusView kind='error' text={cart.error ?? undefined} onRetry={() => void cart.load()} />;
  if (cart.status !== 'ready') return <StatusView kind='loading' />;
  if (!cart.items.length) {
    return (
      <View className='mall-page'>
        <StatusView kind='empty' text='购物车还是空的' />
        <Text className='mall-btn mall-btn--center' onClick={() => void Taro.switchTab({ url: '/pages/mall/index' })}>
          去逛逛
        </Text>
      </View>
    );
  }

  const summary = summarizeCart(cart.items);
  const apply = (p: Promise<string | null>) => void p.then(setMessage);
  const available = cart.items.filter((i) => i.available);
  const checkout = (shop: CartShop) =>
    void Taro.navigateTo({ url: `${mallPages.checkout}?fromCart=1&lines=${encodeLines(shop.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })))}` });
  const mixed = summary.shops.length > 1;

  return (
    <View className='mall-page cart-page'>
      <View className='mall-card'>
        {cart.items.map((item) => (
          <CartLine
            key={item.skuId}
            item={item}
            busy={cart.busy}
            onSelect={(selected) => apply(cart.setSelected([item.skuId], selected))}
            onQuantity={(q) => apply(cart.setQuantity(item.skuId, q))}
            onRemove={() => apply(cart.remove(item.skuId))}
          />
        ))}
      </View>
      {message ? (
        <Text id='cart-message' className='mall-error mall-error--block'>
          {message}
        </Text>
      ) : null}
      {mixed ? (
        <View id='cart-mixed' className='mall-card mall-notice'>
          <Text>所选商品来自 {summary.shops.length} 个店铺，一个订单只能包含一个店铺的商品，请分开结算。</Text>
          {summary.shops.map((shop, i) => (
            <Text key={shop.merchantId} id={`cart-checkout-shop-${i}`} className='mall-btn mall-btn--small' onClick={() => checkout(shop)}>
              结算店铺 {i + 1}（{shop.quantity} 件 {formatFen(shop.totalFen)}）
            </Text>
          ))}
        </View>
      ) : null}

      <View className='mall-bar'>
        <View
          id='cart-select-all'
          className={`check${summary.allSelected ? ' check--on' : ''}`}
          onClick={
            cart.busy
              ? undefined
              : () =>
                  apply(
                    cart.setSelected(
                      available.filter((i) => i.selected === summary.allSelected).map((i) => i.skuId),
                      !summary.allSelected,
                    ),
                  )
          }
        >
          <Text>全选</Text>
        </View>
        <View className='mall-bar__total'>
          <Text className='mall-hint'>合计</Text>
          <Text id='cart-total' className='mall-bar__amount'>
            {formatFen(summary.totalFen)}
          </Text>
        </View>
        <Text
          id='cart-checkout'
          className={`mall-bar__btn${summary.lines.length ? '' : ' mall-btn--off'}`}
          onClick={summary.lines.length ? () => checkout(summary.shops[0]!) : undefined}
        >
          {mixed ? '先结算店铺 1' : `结算(${summary.quantity})`}
        </Text>
      </View>
    </View>
  );
}

interface CartLineProps {
  item: CartItem;
  busy: boolean;
  onSelect(selected: boolean): void;
  onQuantity(quantity: number): void;
  onRemove(): void;
}

function CartLine({ item, busy, onSelect, onQuantity, onRemove }: CartLineProps) {
  const problem = lineProblem(item);
  const open = () => void Taro.navigateTo({ url: goodsUrl(item.goodsId) });
  return (
    <View id={`cart-line-${item.skuId}`} className={`cart-line${item.available ? '' : ' cart-line--off'}`}>
      {/* A View, not a Text: the circle is a ::before, which mini-program text nodes do not draw. */}
      <View
        id={`cart-select-${item.skuId}`}
        className={`check${item.selected && item.available ? ' check--on' : ''}${item.available ? '' : ' check--off'}`}
        onClick={busy || !item.available ? undefined : () => onSelect(!item.selected)}
      />
      <View onClick={open}>
        <Cover url={item.coverUrl} title={item.title} className='line-row__cover' />
      </View>
      <View className='line-row__body'>
        <Text className='line-row__title' onClick={open}>
          {item.title}
        </Text>
        {item.specText ? <Text className='line-row__spec'>{item.specText}</Text> : null}
        {problem ? <Text className='mall-error'>{problem}</Text> : null}
        <View className='line-row__footer'>
          <Text className='line-row__price'>{formatFen(item.priceFen)}</Text>
          {item.available ? (
            <QuantityStepper id={`cart-qty-${item.skuId}`} value={item.quantity} max={Math.max(1, Math.min(99, item.stock))} disabled={busy} onChange={onQuantity} />
          ) : (
            <Text className='line-row__qty'>×{item.quantity}</Text>
          )}
        </View>
        <Text className='cart-line__remove' onClick={busy ? undefined : onRemove}>
          删除
        </Text>
      </View>
    </View>
  );
}

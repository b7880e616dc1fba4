import { useEffect, useMemo, useState } from 'react';
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro';
import { RichText, Text, View } from '@tarojs/components';
import { formatFen, goodsIdParamsSchema, MAX_LINE_QUANTITY, type GoodsDetail } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { useSession } from '@/stores/session';
import { chatUrl, goodsUrl, mallPages, marketingPages } from '@/utils/routes';
import { encodeLines } from '../checkout/checkout-lines';
import { QuantityStepper } from '../components/QuantityStepper';
import { cartCount, useCart } from '../stores/cart-store';
import { Gallery } from './components/Gallery';
import { RelatedContents } from './components/RelatedContents';
import { ShareButton } from './components/ShareButton';
import { useSharePoints } from './use-share-points';
import { SpecSelector } from './components/SpecSelector';
import { initialChoice, maxQuantity, missingSpecs, priceRange, resolveSku, specOptions, toggleValue, type Choice } from './sku-select';
import { useFavourite } from './use-favourite';
import { useGoodsDetail } from './use-goods-detail';
import { usePageView } from '@/hooks/usePageView';
import { trackAddToCart, trackShare } from '@/services/track-events';
import '../mall.scss';

/** 商品详情: `subpackages/mall/goods/index?id=<uuid>`, from the mall, the live room and the host console. */
export default function GoodsPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = goodsIdParamsSchema.safeParse({ id: params.id });
  const goodsId = parsed.success ? parsed.data.id : null;
  const detail = useGoodsDetail(goodsId);

  useShareAppMessage(() => {
    if (goodsId) trackShare('goods', goodsId);
    return {
      title: detail.goods?.title ?? '直播商城好物',
      path: goodsUrl(goodsId ?? ''),
      ...(detail.goods?.coverUrl ? { imageUrl: detail.goods.coverUrl } : {}),
    };
  });

  if (!goodsId) return <StatusView kind='error' text='商品链接无效' />;
  if (!detail.goods) {
    if (detail.error) return <StatusView kind='error' text={detail.error} onRetry={() => void detail.reload()} />;
    return <StatusView kind='loading' />;
  }
  return <GoodsScreen key={detail.goods.id} goods={detail.goods} onStale={() => void detail.reload()} />;
}

export function GoodsScreen({ goods, onStale }: { goods: GoodsDetail; onStale(): void }) {
  const [choice, setChoice] = useState<Choice>(() => initialChoice(goods.specs, goods.skus));
  const [quantity, setQuantity] = useState(1);
  const [message, setMessage] = useState<string | null>(null);
  const signedIn = useSession((s) => Boolean(s.accessToken));
  const cart = useCart();
  const favourite = useFavourite(goods.id, signedIn);
  const shared = useSharePoints(goods.id, signedIn);

  const options = useMemo(() => specOptions(goods.specs, goods.skus, choice), [goods, choice]);
  const sku = resolveSku(goods.skus, choice);
  const range = priceRange(goods.skus, choice);
  const max = Math.max(1, maxQuantity(sku, MAX_LINE_QUANTITY));
  const soldOut = goods.skus.every((s) => s.stock === 0);
  const canBuy = goods.onShelf && !soldOut && (sku === null || sku.stock > 0);

  // A new SKU may have less stock than the quantity picked for the last one.
  useEffect(() => setQuantity((q) => Math.min(q, max)), [max]);
  useDidShow(() => {
    if (signedIn) void cart.load();
  });

  const ready = (): string | null => {
    if (sku) return sku.id;
    const missing = missingSpecs(goods.specs, choice);
    setMessage(`请选择 ${missing.join(' ')}`);
    return null;
  };

  const addToCart = async () => {
    const skuId = ready();
    if (!skuId) return;
    const error = await cart.add(skuId, quantity);
    setMessage(error ?? '已加入购物车');
    if (!error) trackAddToCart(goods.id, skuId, quantity);
    if (!error) void Taro.showToast({ title: '已加入购物车', icon: 'success' });
    // Stock or the shelf changed under the buyer: show today's goods.
    else onStale();
  };

  const buyNow = () => {
    const skuId = ready();
    if (!skuId) return;
    void Taro.navigateTo({ url: `${mallPages.checkout}?lines=${encodeLines([{ skuId, quantity }])}` });
  };

  const price = sku ? formatFen(sku.priceFen) : range && range.min !== range.max ? `${formatFen(range.min)} 起` : formatFen(range?.min ?? goods.priceFen);
  const original = sku ? sku.originalPriceFen : goods.originalPriceFen;
  const stock = sku ? sku.stock : goods.stock;

  return (
    <View className='mall-page goods-page'>
      <Gallery images={goods.images} videoUrl={goods.videoUrl} title={goods.title} />
      <View className='mall-card goods-head'>
        <View className='goods-head__prices'>
          <Text id='goods-price' className='goods-head__price'>
            {price}
          </Text>
          {original && sku && original > sku.priceFen ? <Text className='goods-head__original'>{formatFen(original)}</Text> : null}
          <Text className='goods-head__sales'>已售 {goods.sales}</Text>
        </View>
        <View className='goods-head__row'>
          <Text id='goods-title' className='goods-head__title'>
            {goods.title}
          </Text>
          <Text
            id='goods-favourite'
            className={`goods-fav${favourite.favourited ? ' goods-fav--on' : ''}`}
            onClick={favourite.busy ? undefined : () => void favourite.toggle()}
          >
            {favourite.favourited ? '★ 已收藏' : '☆ 收藏'}
          </Text>
          <ShareButton path={goodsUrl(goods.id)} onShared={shared} />
        </View>
        {!goods.onShelf ? <Text className='mall-error'>商品已下架</Text> : null}
        <Text id='goods-coupons' className='mall-link goods-coupons' onClick={() => void Taro.navigateTo({ url: marketingPages.couponCentre })}>
          领券 ›
        </Text>
      </View>

      <View className='mall-card'>
        {goods.specs.length ? <SpecSelector specs={goods.specs} options={options} onPick={(i, v) => setChoice(toggleValue(goods.specs, goods.skus, choice, i, v))} /> : null}
        <View className='goods-qty'>
          <Text className='specs__name'>数量</Text>
          <QuantityStepper id='goods-qty' value={quantity} max={max} disabled={!canBuy} onChange={setQuantity} />
          <Text id='goods-stock' className='goods-qty__stock'>
            {stock === 0 ? '已售罄' : `库存 ${stock}`}
          </Text>
        </View>
        {sku && goods.specs.length ? <Text id='goods-chosen' className='mall-hint'>已选：{sku.specValues.join(' / ')}</Text> : null}
        {message ? (
          <Text id='goods-message' className='mall-hint mall-hint--accent'>
            {message}
          </Text>
        ) : null}
      </View>

      <RelatedContents goodsId={goods.id} />

      {goods.descriptionHtml ? (
        <View className='mall-card goods-desc'>
          <Text className='mall-card__title'>商品详情</Text>
          {/* Sanitised on the server when the merchant saved it. */}
          <RichText className='goods-desc__html' nodes={goods.descriptionHtml} />
        </View>
      ) : null}

      <View className='mall-bar'>
        <View id='goods-service' className='mall-bar__icon' onClick={() => void Taro.navigateTo({ url: chatUrl(goods.merchantId) })}>
          <Text>客服</Text>
        </View>
        <View id='goods-cart' className='mall-bar__icon' onClick={() => void Taro.navigateTo({ url: mallPages.cart })}>
          <Text>购物车</Text>
          {cartCount(cart.items) ? <Text className='mall-bar__badge'>{Math.min(99, cartCount(cart.items))}</Text> : null}
        </View>
        {canBuy ? (
          <>
            <Text id='goods-add' className={`mall-bar__btn mall-bar__btn--cart${cart.busy ? ' mall-btn--off' : ''}`} onClick={cart.busy ? undefined : () => void addToCart()}>
              加入购物车
            </Text>
            <Text id='goods-buy' className='mall-bar__btn' onClick={buyNow}>
              立即购买
            </Text>
          </>
        ) : (
          <Text className='mall-bar__btn mall-btn--off'>{goods.onShelf ? '已售罄' : '已下架'}</Text>
        )}
      </View>
    </View>
  );
}

import { formatFen, parseYuan, type GoodsDetail } from '@livemall/shared';
import { Form, Select } from 'antd';
import { skuOptions, type ShopGoods } from './shop-goods';

export const skuOf = (goods: GoodsDetail[], skuId: string | undefined) => goods.flatMap((g) => g.skus).find((s) => s.id === skuId);

/** The SKU picker every activity form starts with. */
export function SkuField({ id, shop }: { id: string; shop: ShopGoods }) {
  return (
    <Form.Item label='商品规格' name='skuId' rules={[{ required: true, message: '请选择参加活动的商品规格' }]} extra={shop.error ?? undefined}>
      <Select id={id} showSearch optionFilterProp='label' loading={shop.loading} options={skuOptions(shop.goods)} placeholder='搜索本店商品' />
    </Form.Item>
  );
}

/** An activity price must be below the SKU's own price (the server checks too; this says it first, in words). */
export function belowSkuPrice(goods: GoodsDetail[], label: string) {
  return ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
    validator: async (_: unknown, value: unknown) => {
      const sku = skuOf(goods, getFieldValue('skuId') as string | undefined);
      let fen: number;
      try {
        fen = parseYuan(String(value ?? ''));
      } catch {
        return; // yuanRule words it
      }
      if (sku && fen >= sku.priceFen) throw new Error(`${label}须低于该规格的原价 ${formatFen(sku.priceFen)}`);
    },
  });
}

import { api, FLASH_SALE_DEFAULT_PAY_MINUTES } from '@livemall/shared';
import { Form, Input } from 'antd';
import { call } from '../../../api/call';
import { toFen, yuanRule } from '../../../components/yuan';
import { FormFooter } from '../common/FormFooter';
import { useShopGoods } from '../common/shop-goods';
import { belowSkuPrice, SkuField, skuOf } from '../common/SkuField';
import { useSubmit } from '../common/use-submit';
import { defaultWindow, intRule, iso, type Window } from '../common/window';
import { WindowField } from '../common/WindowField';

interface Values {
  skuId: string;
  price: string;
  totalUnits: string;
  perUserLimit: string;
  payMinutes: string;
  window: Window;
}

/** A flash sale: its units are set aside from the SKU's stock at once, so they may not exceed it. */
export function FlashSaleForm({ onCreated }: { onCreated(): void }) {
  const [form] = Form.useForm<Values>();
  const shop = useShopGoods();
  const { error, saving, submit } = useSubmit(
    form,
    (v) =>
      call(api.createFlashSale, {
        body: {
          skuId: v.skuId,
          salePriceFen: toFen(v.price),
          totalUnits: Number(v.totalUnits),
          perUserLimit: Number(v.perUserLimit),
          payMinutes: Number(v.payMinutes),
          startsAt: iso(v.window[0]),
          endsAt: iso(v.window[1]),
        },
      }),
    onCreated,
  );
  const withinStock = ({ getFieldValue }: { getFieldValue(n: string): unknown }) => ({
    validator: async (_: unknown, value: unknown) => {
      const sku = skuOf(shop.goods, getFieldValue('skuId') as string | undefined);
      if (sku && /^\d+$/.test(String(value ?? '')) && Number(value) > sku.stock) throw new Error(`秒杀数量不能超过该规格的库存（${sku.stock} 件）`);
    },
  });
  return (
    <Form
      id='fs-form'
      form={form}
      layout='vertical'
      initialValues={{ perUserLimit: '1', payMinutes: String(FLASH_SALE_DEFAULT_PAY_MINUTES), window: defaultWindow(1) }}
      onFinish={submit}
    >
      <SkuField id='fs-sku' shop={shop} />
      <Form.Item label='秒杀价（元）' name='price' dependencies={['skuId']} rules={[yuanRule({ label: '秒杀价', min: 1, max: 100_000_000 }), belowSkuPrice(shop.goods, '秒杀价')]}>
        <Input id='fs-price' suffix='元' />
      </Form.Item>
      <Form.Item label='秒杀数量（件，从库存中预留）' name='totalUnits' dependencies={['skuId']} rules={[intRule('秒杀数量', 1, 1_000_000), withinStock]}>
        <Input id='fs-units' suffix='件' />
      </Form.Item>
      <Form.Item label='每人限购（件）' name='perUserLimit' rules={[intRule('每人限购', 1, 99)]}>
        <Input id='fs-per-user' suffix='件' />
      </Form.Item>
      <Form.Item label='付款时限（分钟，超时未付库存退回）' name='payMinutes' rules={[intRule('付款时限', 1, 60)]}>
        <Input id='fs-pay-minutes' suffix='分钟' />
      </Form.Item>
      <WindowField id='fs-window' />
      <FormFooter id='fs' error={error} saving={saving} label='创建秒杀' />
    </Form>
  );
}

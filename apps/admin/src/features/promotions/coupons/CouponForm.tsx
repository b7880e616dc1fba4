import { api, parseYuan } from '@livemall/shared';
import { Button, Checkbox, Form, Input, Radio, Select } from 'antd';
import { call } from '../../../api/call';
import { yuanRule } from '../../../components/yuan';
import { goodsOptions, useShopGoods } from '../common/shop-goods';
import { defaultWindow, intRule } from '../common/window';
import { WindowField } from '../common/WindowField';
import { FormFooter } from '../common/FormFooter';
import { useSubmit } from '../common/use-submit';
import { couponRequest, type CouponFormValues } from './coupon-request';

const initial: Partial<CouponFormValues> = {
  kind: 'amount_off',
  threshold: '0',
  validityKind: 'relative',
  validDays: '7',
  validRange: defaultWindow(7),
  perUserLimit: '1',
  scopeKind: 'all',
  newUserOnly: false,
  showInCentre: true,
};

const safeFen = (text: unknown) => {
  try {
    return parseYuan(String(text ?? ''));
  } catch {
    return null;
  }
};

/** A new coupon template; amounts typed in yuan are sent as exact fen. */
export function CouponForm({ onCreated }: { onCreated(): void }) {
  const [form] = Form.useForm<CouponFormValues>();
  const kind = Form.useWatch('kind', form) ?? 'amount_off';
  const validityKind = Form.useWatch('validityKind', form) ?? 'relative';
  const scopeKind = Form.useWatch('scopeKind', form) ?? 'all';
  const shop = useShopGoods();

  const { error, saving, submit } = useSubmit(
    form,
    (values) => call(api.createCouponTemplate, { body: couponRequest(values) }),
    onCreated,
  );

  return (
    <Form id='coupon-form' form={form} layout='vertical' initialValues={initial} onFinish={submit}>
      <Form.Item label='名称' name='name' rules={[{ required: true, whitespace: true, message: '请填写优惠券名称' }, { max: 40, message: '名称最多 40 个字' }]}>
        <Input id='coupon-name' placeholder='例如：新客立减' />
      </Form.Item>
      <Form.Item label='类型' name='kind'>
        <Radio.Group>
          <Radio id='coupon-kind-amount' value='amount_off'>满减券（减金额）</Radio>
          <Radio id='coupon-kind-percent' value='percent_off'>折扣券（打折）</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label='使用门槛（元，0 为无门槛）' name='threshold' rules={[yuanRule({ label: '使用门槛', min: 0, max: 100_000_000 })]}>
        <Input id='coupon-threshold' suffix='元' />
      </Form.Item>
      {kind === 'amount_off' ? (
        <Form.Item
          label='减免金额（元）'
          name='amount'
          dependencies={['threshold']}
          rules={[
            yuanRule({ label: '减免金额', min: 1, max: 100_000_000 }),
            ({ getFieldValue }) => ({
              validator: async (_, value) => {
                const threshold = safeFen(getFieldValue('threshold'));
                const amount = safeFen(value);
                if (threshold && amount !== null && amount >= threshold) throw new Error('减免金额须低于使用门槛');
              },
            }),
          ]}
        >
          <Input id='coupon-amount' suffix='元' />
        </Form.Item>
      ) : (
        <>
          <Form.Item label='折扣（支付的百分比，85 即 8.5 折）' name='payPercent' rules={[intRule('折扣百分比', 1, 99)]}>
            <Input id='coupon-percent' suffix='%' />
          </Form.Item>
          <Form.Item label='最多减（元）' name='cap' rules={[yuanRule({ label: '最高减免', min: 1, max: 100_000_000 })]}>
            <Input id='coupon-cap' suffix='元' />
          </Form.Item>
        </>
      )}
      <Form.Item label='有效期' name='validityKind'>
        <Radio.Group>
          <Radio id='coupon-validity-relative' value='relative'>领取后若干天</Radio>
          <Radio id='coupon-validity-absolute' value='absolute'>固定日期</Radio>
        </Radio.Group>
      </Form.Item>
      {validityKind === 'relative' ? (
        <Form.Item label='领取后有效天数' name='validDays' rules={[intRule('有效天数', 1, 365)]}>
          <Input id='coupon-valid-days' suffix='天' />
        </Form.Item>
      ) : (
        <WindowField id='coupon-valid-range' name='validRange' label='可用时间' />
      )}
      <Form.Item label='发放总量（张）' name='totalQuantity' rules={[intRule('发放总量', 1, 1_000_000)]}>
        <Input id='coupon-quantity' suffix='张' />
      </Form.Item>
      <Form.Item label='每人限领（张）' name='perUserLimit' rules={[intRule('每人限领', 1, 100)]}>
        <Input id='coupon-per-user' suffix='张' />
      </Form.Item>
      <Form.Item label='适用商品' name='scopeKind'>
        <Radio.Group>
          <Radio id='coupon-scope-all' value='all'>全店通用</Radio>
          <Radio id='coupon-scope-goods' value='goods'>指定商品</Radio>
        </Radio.Group>
      </Form.Item>
      {scopeKind === 'goods' && (
        <Form.Item label='选择商品' name='goodsIds' rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一件商品' }]}>
          <Select id='coupon-goods' mode='multiple' loading={shop.loading} options={goodsOptions(shop.goods)} optionFilterProp='label' placeholder='搜索本店商品' />
        </Form.Item>
      )}
      <Form.Item name='newUserOnly' valuePropName='checked'>
        <Checkbox id='coupon-new-user-only'>仅限新客领取（没有已支付订单的用户）</Checkbox>
      </Form.Item>
      <Form.Item name='showInCentre' valuePropName='checked'>
        <Checkbox id='coupon-show-in-centre'>在领券中心展示</Checkbox>
      </Form.Item>
      <FormFooter id='coupon' error={error} saving={saving} label='创建优惠券' />
    </Form>
  );
}

import { api, GROUP_MAX_MINUTES, GROUP_MAX_SIZE, GROUP_MIN_MINUTES, GROUP_MIN_SIZE } from '@livemall/shared';
import { Checkbox, Form, Input } from 'antd';
import { call } from '../../../api/call';
import { toFen, yuanRule } from '../../../components/yuan';
import { FormFooter } from '../common/FormFooter';
import { useShopGoods } from '../common/shop-goods';
import { belowSkuPrice, SkuField } from '../common/SkuField';
import { useSubmit } from '../common/use-submit';
import { defaultWindow, intRule, iso, type Window } from '../common/window';
import { WindowField } from '../common/WindowField';

interface Values {
  skuId: string;
  price: string;
  groupSize: string;
  timeLimitMinutes: string;
  perUserLimit: string;
  window: Window;
  virtualFill: boolean;
}

export function GroupBuyForm({ onCreated }: { onCreated(): void }) {
  const [form] = Form.useForm<Values>();
  const shop = useShopGoods();
  const { error, saving, submit } = useSubmit(
    form,
    (v) =>
      call(api.createGroupBuy, {
        body: {
          skuId: v.skuId,
          groupPriceFen: toFen(v.price),
          groupSize: Number(v.groupSize),
          timeLimitMinutes: Number(v.timeLimitMinutes),
          perUserLimit: Number(v.perUserLimit),
          startsAt: iso(v.window[0]),
          endsAt: iso(v.window[1]),
          virtualFill: v.virtualFill,
        },
      }),
    onCreated,
  );
  return (
    <Form
      id='gb-form'
      form={form}
      layout='vertical'
      initialValues={{ groupSize: '2', timeLimitMinutes: '1440', perUserLimit: '1', window: defaultWindow(7), virtualFill: false }}
      onFinish={submit}
    >
      <SkuField id='gb-sku' shop={shop} />
      <Form.Item label='拼团价（元）' name='price' dependencies={['skuId']} rules={[yuanRule({ label: '拼团价', min: 1 }), belowSkuPrice(shop.goods, '拼团价')]}>
        <Input id='gb-price' suffix='元' />
      </Form.Item>
      <Form.Item label={`成团人数（${GROUP_MIN_SIZE}–${GROUP_MAX_SIZE} 人）`} name='groupSize' rules={[intRule('成团人数', GROUP_MIN_SIZE, GROUP_MAX_SIZE)]}>
        <Input id='gb-size' suffix='人' />
      </Form.Item>
      <Form.Item label='成团时限（分钟，开团后多久内凑齐）' name='timeLimitMinutes' rules={[intRule('成团时限', GROUP_MIN_MINUTES, GROUP_MAX_MINUTES)]}>
        <Input id='gb-minutes' suffix='分钟' />
      </Form.Item>
      <Form.Item label='每人可参团次数' name='perUserLimit' rules={[intRule('每人可参团次数', 1, 100)]}>
        <Input id='gb-per-user' suffix='次' />
      </Form.Item>
      <WindowField id='gb-window' />
      <Form.Item name='virtualFill' valuePropName='checked'>
        <Checkbox id='gb-virtual'>虚拟成团（到时有人已付款即自动成团）</Checkbox>
      </Form.Item>
      <FormFooter id='gb' error={error} saving={saving} label='创建拼团' />
    </Form>
  );
}

import { api, BARGAIN_MAX_HELPERS, BARGAIN_MAX_MINUTES } from '@livemall/shared';
import { Form, Input } from 'antd';
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
  floor: string;
  helpersNeeded: string;
  timeLimitMinutes: string;
  window: Window;
}

export function BargainForm({ onCreated }: { onCreated(): void }) {
  const [form] = Form.useForm<Values>();
  const shop = useShopGoods();
  const { error, saving, submit } = useSubmit(
    form,
    (v) =>
      call(api.createBargainActivity, {
        body: {
          skuId: v.skuId,
          floorPriceFen: toFen(v.floor),
          helpersNeeded: Number(v.helpersNeeded),
          timeLimitMinutes: Number(v.timeLimitMinutes),
          startsAt: iso(v.window[0]),
          endsAt: iso(v.window[1]),
        },
      }),
    onCreated,
  );
  return (
    <Form id='bg-form' form={form} layout='vertical' initialValues={{ helpersNeeded: '5', timeLimitMinutes: '1440', window: defaultWindow(7) }} onFinish={submit}>
      <SkuField id='bg-sku' shop={shop} />
      <Form.Item label='底价（元，最后一位好友砍到这个价）' name='floor' dependencies={['skuId']} rules={[yuanRule({ label: '底价', min: 1 }), belowSkuPrice(shop.goods, '底价')]}>
        <Input id='bg-floor' suffix='元' />
      </Form.Item>
      <Form.Item label={`需要几位好友帮砍（1–${BARGAIN_MAX_HELPERS}）`} name='helpersNeeded' rules={[intRule('帮砍人数', 1, BARGAIN_MAX_HELPERS)]}>
        <Input id='bg-helpers' suffix='人' />
      </Form.Item>
      <Form.Item label='每次砍价的时限（分钟）' name='timeLimitMinutes' rules={[intRule('砍价时限', 1, BARGAIN_MAX_MINUTES)]}>
        <Input id='bg-minutes' suffix='分钟' />
      </Form.Item>
      <WindowField id='bg-window' />
      <FormFooter id='bg' error={error} saving={saving} label='创建砍价' />
    </Form>
  );
}

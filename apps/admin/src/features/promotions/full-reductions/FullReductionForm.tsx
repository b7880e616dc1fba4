import { api } from '@livemall/shared';
import { Button, Form, Input, Space } from 'antd';
import { call } from '../../../api/call';
import { defaultWindow, iso, type Window } from '../common/window';
import { WindowField } from '../common/WindowField';
import { FormFooter } from '../common/FormFooter';
import { useSubmit } from '../common/use-submit';
import { MAX_TIERS, tierProblem, tiersInFen, type TierText } from './tiers';

interface Values {
  name: string;
  tiers: TierText[];
  window: Window;
}

/** A 满减: tiers typed in yuan, lowest first, checked as a whole before anything is sent. */
export function FullReductionForm({ onCreated }: { onCreated(): void }) {
  const [form] = Form.useForm<Values>();

  const { error, saving, submit } = useSubmit(
    form,
    (v) =>
      call(api.createFullReduction, {
        body: { name: v.name.trim(), tiers: tiersInFen(v.tiers), startsAt: iso(v.window[0]), endsAt: iso(v.window[1]) },
      }),
    onCreated,
  );

  return (
    <Form id='fr-form' form={form} layout='vertical' initialValues={{ tiers: [{}], window: defaultWindow(7) }} onFinish={submit}>
      <Form.Item label='名称' name='name' rules={[{ required: true, whitespace: true, message: '请填写活动名称' }, { max: 40, message: '名称最多 40 个字' }]}>
        <Input id='fr-name' placeholder='例如：满 100 减 10' />
      </Form.Item>
      <Form.List name='tiers' rules={[{ validator: async (_, tiers: TierText[]) => { const p = tierProblem(tiers); if (p) throw new Error(p); } }]}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align='baseline'>
                <span>第 {i + 1} 档：满</span>
                <Form.Item name={[field.name, 'threshold']} noStyle>
                  <Input id={`fr-tier-${i}-threshold`} suffix='元' style={{ width: 140 }} />
                </Form.Item>
                <span>减</span>
                <Form.Item name={[field.name, 'off']} noStyle>
                  <Input id={`fr-tier-${i}-off`} suffix='元' style={{ width: 140 }} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button id={`fr-tier-${i}-remove`} type='link' onClick={() => remove(field.name)}>
                    删除
                  </Button>
                )}
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < MAX_TIERS && (
              <Button id='fr-tier-add' type='dashed' onClick={() => add({})} style={{ display: 'block', margin: '8px 0 16px' }}>
                添加一档
              </Button>
            )}
          </>
        )}
      </Form.List>
      <WindowField id='fr-window' />
      <FormFooter id='fr' error={error} saving={saving} label='创建满减' />
    </Form>
  );
}

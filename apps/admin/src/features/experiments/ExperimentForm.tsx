import { api, type CreateExperimentRequest, type Experiment } from '@livemall/shared';
import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { errorText } from '../../api/api-error';
import { call } from '../../api/call';
import { RowsFooter } from '../../components/RowsFooter';
import { VARIANTS_MAX, variantsProblem, weightProblem, type VariantRow } from './variant-rules';

interface Values {
  key: string;
  variants: VariantRow[];
  targeting: 'all' | 'new_users';
}

const defaultCreate = (body: CreateExperimentRequest) => call(api.createExperiment, { body });

/** A new experiment (a draft): its key, two to ten variants with integer weights, and who is in it. */
export function ExperimentForm({ onCreated, create = defaultCreate }: { onCreated(e: Experiment): void; create?: (body: CreateExperimentRequest) => Promise<Experiment> }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setError(null);
    setSaving(true);
    try {
      const body: CreateExperimentRequest = {
        key: v.key.trim(),
        variants: v.variants.map((r) => ({ name: (r.name ?? '').trim(), weight: Number(r.weight) })),
        targeting: v.targeting,
      };
      onCreated(await create(body));
      form.resetFields();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      name='experiment'
      layout='vertical'
      onFinish={submit}
      initialValues={{ key: '', targeting: 'all', variants: [{ name: 'control', weight: '1' }, { name: 'treatment', weight: '1' }] }}
    >
      <Form.Item
        name='key'
        label='实验标识'
        extra='小写字母、数字、_ 或 -，2 到 63 个字符，例如 goods-card-layout；客户端按它取变体'
        rules={[
          { required: true, message: '请填写实验标识' },
          { pattern: /^\s*[a-z0-9][a-z0-9_-]{1,62}\s*$/, message: '实验标识只能用小写字母、数字、_ 或 -，2 到 63 个字符，且以字母或数字开头' },
        ]}
      >
        <Input placeholder='goods-card-layout' />
      </Form.Item>
      <Form.List
        name='variants'
        rules={[
          {
            validator: async (_, rows: VariantRow[]) => {
              const problem = variantsProblem(rows);
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            <div style={{ marginBottom: 8 }}>变体（第一个是对照组，权重是分到的用户比例）</div>
            {fields.map((field, i) => (
              <Space key={field.key} align='baseline'>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写变体名称' }, { max: 32, message: '变体名称最多 32 个字' }]}>
                  <Input placeholder={i === 0 ? '对照组名称' : '变体名称'} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'weight']}
                  rules={[
                    {
                      validator: async (_, w: string | undefined) => {
                        const problem = weightProblem(w);
                        if (problem) throw new Error(problem);
                      },
                    },
                  ]}
                >
                  <Input placeholder='权重' style={{ width: 120 }} />
                </Form.Item>
                <Button id={`experiment-variant-remove-${i}`} type='link' danger onClick={() => remove(field.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <RowsFooter id='experiment-variant-add' label='添加变体' full={fields.length >= VARIANTS_MAX} onAdd={() => add({ name: '', weight: '1' })} errors={errors} />
          </>
        )}
      </Form.List>
      <Form.Item name='targeting' label='实验人群'>
        <Select
          options={[
            { value: 'all', label: '全部用户' },
            { value: 'new_users', label: '仅新用户（实验开始后注册）' },
          ]}
        />
      </Form.Item>
      {error && <Alert id='experiment-form-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      <Button id='experiment-submit' type='primary' htmlType='submit' loading={saving}>
        创建实验（草稿）
      </Button>
    </Form>
  );
}

import { api, formatFen, MEMBER_LEVEL_NAME_MAX, MEMBER_LEVELS_MAX, memberLevelSchema, type MemberLevel, type SaveMemberLevelsRequest } from '@livemall/shared';
import { Alert, Button, Card, Form, Input, Select, Space, Spin } from 'antd';
import { call } from '../../api/call';
import { toFen, yuanRule } from '../../components/yuan';
import { useRemote } from '../dashboards/use-remote';
import { boundsOf, integerRule } from './integer-rule';
import { levelsProblem, type LevelRow } from './level-rules';
import { RowsFooter } from './RowsFooter';
import { useWholeSet } from './use-whole-set';

const growthBounds = boundsOf(memberLevelSchema.shape.growthFrom);
const discountBounds = boundsOf(memberLevelSchema.shape.discountPercent);
const shippingRule = yuanRule({ label: '包邮门槛', min: 0 });

const toRows = (levels: MemberLevel[]): LevelRow[] =>
  levels.map((l) => ({
    name: l.name,
    growthFrom: String(l.growthFrom),
    discountPercent: String(l.discountPercent),
    freeShipping: l.freeShippingFromFen === null ? '' : formatFen(l.freeShippingFromFen, { symbol: false }),
    monthlyCouponTemplateId: l.monthlyCouponTemplateId,
  }));

/** The exact body of `PUT /merchant/member-levels` from the form (ranks are the row order). */
export const toLevelsBody = (rows: LevelRow[]): SaveMemberLevelsRequest => ({
  levels: rows.map((r) => ({
    name: (r.name ?? '').trim(),
    growthFrom: Number(r.growthFrom),
    discountPercent: Number(r.discountPercent),
    freeShippingFromFen: (r.freeShipping ?? '').trim() === '' ? null : toFen((r.freeShipping ?? '').trim()),
    monthlyCouponTemplateId: r.monthlyCouponTemplateId ?? null,
  })),
});

/** The membership ladder (one for the platform): names, growth thresholds and each level's benefits. */
export function MemberLevelsForm() {
  const [form] = Form.useForm<{ levels: LevelRow[] }>();
  const { loaded, error, saved, saving, save, edited } = useWholeSet(form, {
    load: () => call(api.memberLevels),
    save: (v: { levels: LevelRow[] }) => call(api.saveMemberLevels, { body: toLevelsBody(v.levels) }),
    toValues: (r) => ({ levels: toRows(r.levels) }),
  });
  const templates = useRemote('templates', () => call(api.merchantCouponTemplates));

  const couponOptions = (templates.data?.items ?? []).map((t) => ({ value: t.id, label: t.status === 'active' ? t.name : `${t.name}（已停发）` }));

  return (
    <Card title='会员等级与权益' size='small'>
      <div style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 12 }}>全平台一套等级；成长值来自确认收货的订单（每元 1 点）和每日签到。保存后所有会员按成长值立即重新定级。</div>
      {error && <Alert id='member-levels-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      {saved && <Alert id='member-levels-saved' type='success' showIcon title='会员等级已保存' style={{ marginBottom: 16 }} />}
      <Spin spinning={!loaded && !error}>
        <Form form={form} name='levels' onFinish={save} onValuesChange={edited}>
          <Form.List
            name='levels'
            rules={[
              {
                validator: async (_, rows: LevelRow[]) => {
                  const problem = levelsProblem(rows);
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align='baseline' wrap>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写等级名称' }, { max: MEMBER_LEVEL_NAME_MAX, message: `等级名称最多 ${MEMBER_LEVEL_NAME_MAX} 个字` }]}>
                      <Input prefix={`等级 ${i}`} placeholder='名称' style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'growthFrom']} rules={[integerRule('成长值起点', growthBounds)]}>
                      <Input prefix='成长值 ≥' style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'discountPercent']} rules={[integerRule('折扣百分比', discountBounds)]}>
                      <Input prefix='付' suffix='%' style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'freeShipping']} rules={[{ validator: (rule, value: unknown) => (String(value ?? '').trim() === '' ? Promise.resolve() : shippingRule.validator(rule, String(value).trim())) }]}>
                      <Input prefix='满' suffix='元包邮' placeholder='不设' style={{ width: 190 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'monthlyCouponTemplateId']}>
                      <Select allowClear placeholder='每月赠券（不赠）' style={{ width: 200 }} options={couponOptions} loading={templates.loading} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button id={`member-level-remove-${i}`} type='link' danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    )}
                  </Space>
                ))}
                <RowsFooter
                  id='member-level-add'
                  label='添加等级'
                  full={fields.length >= MEMBER_LEVELS_MAX}
                  onAdd={() => add({ name: '', growthFrom: '', discountPercent: '100', freeShipping: '', monthlyCouponTemplateId: null })}
                  errors={errors}
                />
              </>
            )}
          </Form.List>
          <Button id='member-levels-save' type='primary' htmlType='submit' loading={saving} disabled={!loaded}>
            保存会员等级
          </Button>
        </Form>
      </Spin>
    </Card>
  );
}

import { api, pointsRulesSchema, streakBonusSchema, type PointsRules } from '@livemall/shared';
import { Alert, Button, Card, Col, Form, Input, Row, Space, Spin } from 'antd';
import { call } from '../../api/call';
import { boundsOf, integerRule } from './integer-rule';
import { RowsFooter } from './RowsFooter';
import { useWholeSet } from './use-whole-set';

type Scalar = Exclude<keyof PointsRules, 'streakBonuses'>;

/** Every number of the rules, with its words; the bounds come from the shared schema. */
const FIELDS: Array<{ name: Scalar; label: string; extra?: string }> = [
  { name: 'checkinBasePoints', label: '每日签到积分' },
  { name: 'sharePoints', label: '每次分享商品积分' },
  { name: 'shareDailyCapPoints', label: '每日分享积分上限' },
  { name: 'purchasePointsPerYuan', label: '每消费 1 元得积分', extra: '确认收货后按实付金额计，向下取整' },
  { name: 'expiryMonths', label: '积分有效期（月）', extra: '从获得之日起算；已获得的积分保持原有效期' },
  { name: 'deductionPointsPerYuan', label: '多少积分抵 1 元', extra: '0 表示关闭积分抵扣' },
  { name: 'deductionCapPercent', label: '积分最多抵订单金额（%）' },
  { name: 'liveFirstCommentPoints', label: '直播间每日首条评论积分', extra: '0 表示不奖励' },
  { name: 'liveWatchMinutes', label: '直播观看满（分钟）', extra: '0 表示不奖励' },
  { name: 'liveWatchPoints', label: '观看满时长得积分', extra: '每天一次' },
];
const bounds = Object.fromEntries(FIELDS.map((f) => [f.name, boundsOf(pointsRulesSchema.shape[f.name])])) as Record<Scalar, ReturnType<typeof boundsOf>>;
const dayBounds = boundsOf(streakBonusSchema.shape.day);
const bonusBounds = boundsOf(streakBonusSchema.shape.points);
const BONUSES_MAX = 31;

type Values = Record<Scalar, string> & { streakBonuses: Array<{ day?: string; points?: string }> };

const toValues = (r: PointsRules): Values =>
  ({ ...Object.fromEntries(FIELDS.map((f) => [f.name, String(r[f.name])])), streakBonuses: r.streakBonuses.map((b) => ({ day: String(b.day), points: String(b.points) })) }) as Values;

/** The exact body of `PUT /merchant/points/rules` from the form's texts (already checked to be integers). */
export const toRules = (v: Values): PointsRules =>
  ({ ...Object.fromEntries(FIELDS.map((f) => [f.name, Number(v[f.name])])), streakBonuses: (v.streakBonuses ?? []).map((b) => ({ day: Number(b.day), points: Number(b.points) })) }) as PointsRules;

/** The points rules editor: read, change, save the whole set (earnings from then on use them). */
export function PointsRulesForm() {
  const [form] = Form.useForm<Values>();
  const { loaded, error, saved, saving, save, edited } = useWholeSet(form, {
    load: () => call(api.pointsRules),
    save: (v: Values) => call(api.updatePointsRules, { body: toRules(v) }),
    toValues,
  });

  return (
    <Card title='积分规则' size='small'>
      {error && <Alert id='points-rules-error' type='error' showIcon title={error} style={{ marginBottom: 16 }} />}
      {saved && <Alert id='points-rules-saved' type='success' showIcon title='积分规则已保存，之后获得的积分按新规则计算' style={{ marginBottom: 16 }} />}
      <Spin spinning={!loaded && !error}>
        <Form<Values> form={form} name='points' layout='vertical' onFinish={save} onValuesChange={edited}>
          <Row gutter={16}>
            {FIELDS.map((f) => (
              <Col key={f.name} xs={24} md={12} xl={8}>
                <Form.Item name={f.name} label={`${f.label}（${bounds[f.name].min}–${bounds[f.name].max}）`} extra={f.extra} rules={[integerRule(f.label, bounds[f.name])]}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.List
            name='streakBonuses'
            rules={[
              {
                validator: async (_, rows: Values['streakBonuses']) => {
                  const days = (rows ?? []).map((r) => String(r?.day ?? '').trim()).filter((d) => d !== '');
                  if (new Set(days.map(Number)).size !== days.length) throw new Error('每个连签天数只能设一个奖励');
                  if ((rows ?? []).length > BONUSES_MAX) throw new Error(`连签奖励最多 ${BONUSES_MAX} 条`);
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                <div style={{ marginBottom: 8 }}>连续签到奖励（连签到第 N 天时额外奖励）</div>
                {fields.map((field, i) => (
                  <Space key={field.key} align='baseline'>
                    <Form.Item name={[field.name, 'day']} rules={[integerRule('连签天数', dayBounds)]}>
                      <Input prefix='第' suffix='天' style={{ width: 160 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'points']} rules={[integerRule('奖励积分', bonusBounds)]}>
                      <Input prefix='加' suffix='积分' style={{ width: 180 }} />
                    </Form.Item>
                    <Button id={`points-bonus-remove-${i}`} type='link' danger onClick={() => remove(field.name)}>
                      删除
                    </Button>
                  </Space>
                ))}
                <RowsFooter id='points-bonus-add' label='添加连签奖励' full={fields.length >= BONUSES_MAX} onAdd={() => add({ day: '', points: '' })} errors={errors} />
              </>
            )}
          </Form.List>
          <Button id='points-rules-save' type='primary' htmlType='submit' loading={saving} disabled={!loaded}>
            保存积分规则
          </Button>
        </Form>
      </Spin>
    </Card>
  );
}

import { api, type PointsRules } from '@livemall/shared';
import { Alert, Card, Descriptions, Spin } from 'antd';
import { call } from '../../api/call';
import { useRemote } from '../dashboards/use-remote';

type Scalar = Exclude<keyof PointsRules, 'streakBonuses'>;

/** Every number of the rules, with its words. */
const FIELDS: Array<{ name: Scalar; label: string; note?: string }> = [
  { name: 'checkinBasePoints', label: '每日签到积分' },
  { name: 'sharePoints', label: '每次分享商品积分' },
  { name: 'shareDailyCapPoints', label: '每日分享积分上限' },
  { name: 'purchasePointsPerYuan', label: '每消费 1 元得积分', note: '确认收货后按实付金额计，向下取整' },
  { name: 'expiryMonths', label: '积分有效期（月）', note: '从获得之日起算' },
  { name: 'deductionPointsPerYuan', label: '多少积分抵 1 元', note: '0 表示关闭积分抵扣' },
  { name: 'deductionCapPercent', label: '积分最多抵订单金额（%）' },
  { name: 'liveFirstCommentPoints', label: '直播间每日首条评论积分', note: '0 表示不奖励' },
  { name: 'liveWatchMinutes', label: '直播观看满（分钟）', note: '0 表示不奖励' },
  { name: 'liveWatchPoints', label: '观看满时长得积分', note: '每天一次' },
];

/** The streak bonuses in words: "第 3 天 +5、第 7 天 +20", or none. */
export const bonusesText = (rules: PointsRules) => (rules.streakBonuses.length === 0 ? '无' : rules.streakBonuses.map((b) => `第 ${b.day} 天 +${b.points}`).join('、'));

/** The platform's points rules, read only: the platform sets them for every shop. */
export function PointsRulesView() {
  const rules = useRemote('points-rules', () => call(api.pointsRules));
  const r = rules.data;
  return (
    <Card title='积分规则' size='small'>
      {rules.error && <Alert id='points-rules-error' type='error' showIcon title={rules.error} style={{ marginBottom: 16 }} />}
      <Spin spinning={rules.loading}>
        {r && (
          <Descriptions id='points-rules' size='small' column={{ xs: 1, md: 2, xl: 3 }} bordered>
            {FIELDS.map((f) => (
              <Descriptions.Item key={f.name} label={f.label}>
                {r[f.name]}
                {f.note && <span style={{ color: 'rgba(0,0,0,0.45)', marginLeft: 8 }}>{f.note}</span>}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label='连续签到奖励'>{bonusesText(r)}</Descriptions.Item>
          </Descriptions>
        )}
      </Spin>
    </Card>
  );
}

import { Alert, Space, Typography } from 'antd';
import { MemberLevelsView } from './MemberLevelsView';
import { PointsRulesView } from './PointsRulesView';

/**
 * Membership levels with their benefits, and the points rules. Both are the platform's, one set for every
 * shop (a level's discount applies to every shop's goods), so the platform admin sets them and a shop
 * owner reads them here.
 */
export function MembersPage() {
  return (
    <Space orientation='vertical' size='large' style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        会员与积分
      </Typography.Title>
      <Alert id='members-platform-note' type='info' showIcon title='会员等级和积分规则由平台统一设置，对所有店铺生效；这里仅供查看，如需调整请联系平台。' />
      <MemberLevelsView />
      <PointsRulesView />
    </Space>
  );
}

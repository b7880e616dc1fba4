import { Space, Typography } from 'antd';
import { MemberLevelsForm } from './MemberLevelsForm';
import { PointsRulesForm } from './PointsRulesForm';

/** Membership levels with their benefits, and the points rules: both are the platform's, edited by the owner. */
export function MembersPage() {
  return (
    <Space orientation='vertical' size='large' style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        会员与积分
      </Typography.Title>
      <MemberLevelsForm />
      <PointsRulesForm />
    </Space>
  );
}

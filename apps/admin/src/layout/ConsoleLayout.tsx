import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import type { ConsolePage } from '../pages/registry';

const roleText = { owner: '店主', assistant: '场控' } as const;

/** The frame around every screen: the menu of what this person may open, the shop and a log-out. */
export function ConsoleLayout({ pages }: { pages: ConsolePage[] }) {
  const staff = useSession((s) => s.staff);
  const signOut = useSession((s) => s.signOut);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const menu = pages.filter((p) => !p.hidden);
  const selected = menu.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme='light' width={200} breakpoint='lg' collapsedWidth={0}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>直播商城 · 商家后台</div>
        <Menu
          id='console-menu'
          mode='inline'
          selectedKeys={selected ? [selected] : []}
          items={menu.map((p) => ({ key: p.path, icon: p.icon, label: <span id={`menu-${p.path.slice(1).replace(/\//g, '-')}`}>{p.label}</span> }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', paddingInline: 24 }}>
          <Space>
            <Typography.Text id='console-who'>
              {staff?.merchantName} · {staff?.nickname}（{staff ? roleText[staff.role] : ''}）
            </Typography.Text>
            <Button id='console-logout' size='small' onClick={signOut}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

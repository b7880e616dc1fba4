import { ConfigProvider, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LoginPage } from './auth/LoginPage';
import { useSession } from './auth/session';
import { useStaffRefresh } from './auth/use-staff-refresh';
import { ConsoleLayout } from './layout/ConsoleLayout';
import { consolePages, type ConsolePage } from './pages/registry';

export function ConsoleRoutes({ pages }: { pages: ConsolePage[] }) {
  const staff = useSession((s) => s.staff);
  useStaffRefresh();
  if (!staff) return <LoginPage />;
  const mine = pages.filter((p) => !p.ownerOnly || staff.role === 'owner');
  const home = mine.find((p) => !p.hidden)?.path;
  return (
    <Routes>
      <Route element={<ConsoleLayout pages={mine} />}>
        {mine.map((p) => (
          <Route key={p.path} path={p.path} element={p.element} />
        ))}
        <Route path='*' element={home ? <Navigate to={home} replace /> : <Result status='info' title='暂无可用的功能' />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#fe2c55' } }}>
      <BrowserRouter basename='/admin'>
        <ConsoleRoutes pages={consolePages} />
      </BrowserRouter>
    </ConfigProvider>
  );
}

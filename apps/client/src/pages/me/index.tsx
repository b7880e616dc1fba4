import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { StatusView } from '@/components/StatusView';
import { UserCard } from '@/components/UserCard';
import { useSession } from '@/stores/session';
import { MarketingEntry } from './MarketingEntry';
import { MemberSection } from './MemberSection';
import { MoneySection } from './MoneySection';
import { OrdersEntry } from './OrdersEntry';
import { usePageView } from '@/hooks/usePageView';
import './index.scss';

const LOGIN_PAGE = '/subpackages/account/login/index';

export default function MePage() {
  usePageView();
  const user = useSession((s) => s.user);
  const status = useSession((s) => s.status);
  const error = useSession((s) => s.error);
  const ensureLoggedIn = useSession((s) => s.ensureLoggedIn);
  const logout = useSession((s) => s.logout);

  const goLogin = () => void Taro.navigateTo({ url: LOGIN_PAGE });

  if (user) {
    return (
      <View className='me-page'>
        <UserCard user={user} />
        <MemberSection key={`member-${user.id}`} />
        <OrdersEntry />
        <MarketingEntry key={`marketing-${user.id}`} />
        <MoneySection key={user.id} />
        <View className='me-page__actions'>
          <Button className='me-page__button' onClick={goLogin}>
            切换账号
          </Button>
          <Button className='me-page__button me-page__button--quiet' onClick={() => void logout()}>
            退出登录
          </Button>
        </View>
      </View>
    );
  }

  if (status === 'loading') return <StatusView kind='loading' text='登录中…' />;
  if (status === 'error') return <StatusView kind='error' text={error ?? undefined} onRetry={() => void ensureLoggedIn()} />;
  return <SignedOut onLogin={goLogin} />;
}

function SignedOut({ onLogin }: { onLogin: () => void }) {
  return (
    <View className='me-page me-page--signed-out'>
      <StatusView kind='empty' text='登录后查看你的订单和红包' />
      <Button id='me-login' className='me-page__button me-page__button--primary' onClick={onLogin}>
        去登录
      </Button>
    </View>
  );
}

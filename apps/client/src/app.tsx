import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { useSession } from '@/stores/session';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().ensureLoggedIn();
  });
  // children are the pages Taro renders
  return children;
}

export default App;

import { useCallback } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { api } from '@livemall/shared';
import { MyGrabList } from '@/components/MyGrabList';
import { WalletCard } from '@/components/WalletCard';
import { usePagedList } from '@/hooks/usePagedList';
import { useWallet } from '@/hooks/useWallet';
import { call } from '@/services/request';

const RED_PACKET_PAGE = '/pages/redPacket/redPacket';

/** The logged-in user's money: wallet and grabbed packets. Mount it per user (key by id). */
export function MoneySection() {
  const wallet = useWallet();
  const fetchGrabs = useCallback((cursor: string | undefined) => call(api.myGrabs, { query: { limit: 5, cursor } }), []);
  const grabs = usePagedList(fetchGrabs);

  // A tab page stays mounted: coming back from a red packet must show the new balance. The first show
  // finds the mount's own load still running and leaves it be.
  useDidShow(() => {
    if (wallet.status === 'loading') return;
    void wallet.reload();
    void grabs.reload();
  });

  return (
    <View className='me-page__money'>
      <WalletCard
        balance={wallet.balance}
        entries={wallet.items}
        status={wallet.status}
        error={wallet.error}
        hasMore={wallet.hasMore}
        loadingMore={wallet.loadingMore}
        onLoadMore={() => void wallet.loadMore()}
        onRetry={() => void wallet.reload()}
      />
      <MyGrabList
        items={grabs.items}
        status={grabs.status}
        hasMore={grabs.hasMore}
        loadingMore={grabs.loadingMore}
        onLoadMore={() => void grabs.loadMore()}
        onOpen={(id) => void Taro.navigateTo({ url: `${RED_PACKET_PAGE}?redPacketId=${id}` })}
      />
    </View>
  );
}

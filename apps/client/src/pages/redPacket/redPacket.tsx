import { useCallback, useEffect, useState } from 'react';
import Taro, { useDidShow, useReachBottom, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { redPacketIdParamsSchema } from '@livemall/shared';
import { StatusView } from '@/components/StatusView';
import { usePagedList } from '@/hooks/usePagedList';
import { errorText } from '@/services/error-text';
import { useSession } from '@/stores/session';
import { GrabList } from './components/GrabList';
import { PacketCard } from './components/PacketCard';
import { PacketSummary } from './components/PacketSummary';
import { fetchAllGrabs, fetchGrabsPage } from './red-packet-api';
import { type RedPacketDeps } from './red-packet-store';
import { useRedPacket, useRedPacketStore } from './use-red-packet';
import { verifyUrl } from './verify-link';
import { usePageView } from '@/hooks/usePageView';
import './redPacket.scss';

const LOGIN_PAGE = '/subpackages/account/login/index';

/** 红包: opened from a live room's link as `pages/redPacket/redPacket?redPacketId=<uuid>`. */
export default function RedPacketPage() {
  usePageView();
  const { params } = useRouter();
  const parsed = redPacketIdParamsSchema.safeParse({ id: params.redPacketId });
  if (!parsed.success) return <StatusView kind='error' text='红包链接无效' />;
  return <RedPacketScreen id={parsed.data.id} />;
}

export interface RedPacketScreenProps {
  id: string;
  /** Replaces parts of the store's I/O (tests skip the opening animation's wait). */
  deps?: Partial<RedPacketDeps>;
}

export function RedPacketScreen({ id, deps }: RedPacketScreenProps) {
  const store = useRedPacketStore(id, deps);
  const packet = useRedPacket(store, (s) => s.packet);
  const status = useRedPacket(store, (s) => s.status);
  const error = useRedPacket(store, (s) => s.error);
  const phase = useRedPacket(store, (s) => s.phase);
  const outcome = useRedPacket(store, (s) => s.outcome);
  // `myGrab` is per user: when the launch login lands (or the user switches account), ask again.
  const userId = useSession((s) => s.user?.id ?? null);
  const [verifying, setVerifying] = useState(false);

  const fetchGrabs = useCallback((cursor: string | undefined) => fetchGrabsPage(id, cursor), [id]);
  const grabs = usePagedList(fetchGrabs);
  const { reload: reloadGrabs, loadMore } = grabs;

  useEffect(() => {
    void store.getState().load();
  }, [store, userId]);
  // Back from the login page, or from another app, the packet may have moved on.
  useDidShow(() => {
    if (store.getState().packet) void store.getState().load();
  });
  useReachBottom(() => void loadMore());

  const open = async () => {
    await store.getState().open();
    void reloadGrabs();
  };

  const verify = async () => {
    if (!packet) return;
    setVerifying(true);
    try {
      const url = verifyUrl(packet, await fetchAllGrabs(id));
      if (url) await Taro.navigateTo({ url });
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setVerifying(false);
    }
  };

  if (status === 'loading') return <StatusView kind='loading' />;
  if (!packet) return <StatusView kind='error' text={error ?? undefined} onRetry={() => void store.getState().load()} />;

  return (
    <View className='red-packet-page'>
      <PacketCard
        packet={packet}
        phase={phase}
        outcome={outcome}
        onOpen={() => void open()}
        onLogin={() => void Taro.navigateTo({ url: LOGIN_PAGE })}
      />
      <PacketSummary packet={packet} verifying={verifying} onVerify={() => void verify()} />
      <GrabList
        items={grabs.items}
        status={grabs.status}
        error={grabs.error}
        hasMore={grabs.hasMore}
        loadingMore={grabs.loadingMore}
        onLoadMore={() => void loadMore()}
        onRetry={() => void reloadGrabs()}
      />
    </View>
  );
}

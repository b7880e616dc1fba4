import { useState } from 'react';
import { useStore } from 'zustand';
import { whenSessionSettled } from '@/stores/session-settled';
import { fetchPacket, grabPacket } from './red-packet-api';
import { createRedPacketStore, type RedPacketDeps, type RedPacketState, type RedPacketStore } from './red-packet-store';

const liveDeps: RedPacketDeps = {
  fetchPacket,
  grab: grabPacket,
  loggedIn: async () => Boolean((await whenSessionSettled()).accessToken),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** One store per page instance: the same packet can sit twice in the page stack (shared, then opened again). */
export function useRedPacketStore(id: string, deps: Partial<RedPacketDeps> = {}): RedPacketStore {
  const [store] = useState(() => createRedPacketStore(id, { ...liveDeps, ...deps }));
  return store;
}

export function useRedPacket<T>(store: RedPacketStore, select: (state: RedPacketState) => T): T {
  return useStore(store, select);
}

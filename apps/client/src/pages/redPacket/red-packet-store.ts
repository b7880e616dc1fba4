import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GrabResult, RedPacket } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { type GrabOutcome, LOGIN_REASON, outcomeFromError, outcomeFromGrab, outcomeFromPacket } from './grab-outcome';

/** How long the open button spins at least, so a fast answer still reads as "opening". Matches the CSS. */
export const OPENING_MS = 800;

export type LoadStatus = 'loading' | 'ready' | 'error';
/** `closed`: the open button shows; `opening`: it spins while the grab is in flight; `opened`: the outcome shows. */
export type OpenPhase = 'closed' | 'opening' | 'opened';

export interface RedPacketState {
  packet: RedPacket | null;
  status: LoadStatus;
  error: string | null;
  phase: OpenPhase;
  outcome: GrabOutcome | null;
  load(): Promise<void>;
  /** Grabs a share; resolves once the outcome shows. */
  open(): Promise<void>;
}

/** The I/O the store needs, injected so tests run it without a network or timers. */
export interface RedPacketDeps {
  fetchPacket(id: string): Promise<RedPacket>;
  grab(id: string): Promise<GrabResult>;
  /** Whether there is a logged-in user once any login in flight has finished. */
  loggedIn(): Promise<boolean>;
  wait(ms: number): Promise<void>;
}

export type RedPacketStore = StoreApi<RedPacketState>;

export function createRedPacketStore(id: string, deps: RedPacketDeps): RedPacketStore {
  return createStore<RedPacketState>()((set, get) => ({
    packet: null,
    status: 'loading',
    error: null,
    phase: 'closed',
    outcome: null,

    async load() {
      if (!get().packet) set({ status: 'loading', error: null });
      try {
        const packet = await deps.fetchPacket(id);
        // A reload must not cut the animation short nor take back an amount the user has seen.
        const { phase, outcome: shown } = get();
        if (phase === 'opening' || shown?.kind === 'amount') return set({ packet, status: 'ready', error: null });
        const outcome = outcomeFromPacket(packet);
        set({ packet, status: 'ready', error: null, outcome, phase: outcome ? 'opened' : 'closed' });
      } catch (error) {
        set({ status: get().packet ? 'ready' : 'error', error: errorText(error) });
      }
    },

    async open() {
      if (get().phase === 'opening') return;
      set({ phase: 'opening', outcome: null });
      const attempt = (async (): Promise<{ outcome: GrabOutcome; packet?: RedPacket }> => {
        if (!(await deps.loggedIn())) return { outcome: { kind: 'login', reason: LOGIN_REASON } };
        try {
          const result = await deps.grab(id);
          return { outcome: outcomeFromGrab(result), packet: result.packet };
        } catch (error) {
          return { outcome: outcomeFromError(error) };
        }
      })();
      const [{ outcome, packet }] = await Promise.all([attempt, deps.wait(OPENING_MS)]);
      const retry = outcome.kind === 'reason' && outcome.retry;
      set({ outcome, phase: retry ? 'closed' : 'opened', ...(packet ? { packet } : {}) });
    },
  }));
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import { api } from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';

export interface ReminderState {
  /** Room ids the user asked to be reminded of. */
  reminded: Record<string, true>;
  /** Rooms whose toggle is in flight: a second tap waits for the first. */
  pending: Record<string, true>;
  /** Why the last toggle failed, in words. */
  error: string | null;
  /** The user's reminders from the server (logged in only). */
  load(): Promise<void>;
  /** 提醒我 ↔ 已预约; the server's answer is what the button then shows. */
  toggle(roomId: string): Promise<void>;
  /** Logged out: nothing is reminded any more. */
  reset(): void;
}

export type ReminderStore = StoreApi<ReminderState>;

export function createReminderStore(): ReminderStore {
  return createStore<ReminderState>()((set, get) => ({
    reminded: {},
    pending: {},
    error: null,

    async load() {
      try {
        const { roomIds } = await call(api.myReminders);
        set({ reminded: Object.fromEntries(roomIds.map((id) => [id, true] as const)) });
      } catch {
        // The list still works without; a toggle tells the truth when tapped.
      }
    },

    async toggle(roomId) {
      if (get().pending[roomId]) return;
      set({ pending: { ...get().pending, [roomId]: true }, error: null });
      const route = get().reminded[roomId] ? api.cancelReminder : api.remindMe;
      try {
        const { reminded } = await call(route, { params: { roomId } });
        const next = { ...get().reminded };
        if (reminded) next[roomId] = true;
        else delete next[roomId];
        set({ reminded: next });
      } catch (error) {
        // A room that started (or ended) meanwhile takes no reminder: say so rather than "not allowed".
        const started = isApiError(error) && error.code === 'ROOM_STATE_CONFLICT';
        set({ error: started ? '直播已开始或已结束，无需预约' : errorText(error) });
      } finally {
        const { [roomId]: _, ...rest } = get().pending;
        set({ pending: rest });
      }
    },

    reset: () => set({ reminded: {}, pending: {}, error: null }),
  }));
}

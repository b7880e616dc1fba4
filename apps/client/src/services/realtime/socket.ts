/** The little of a WebSocket the room connection needs; a fake one in tests, Taro's in the app. */
export interface RealtimeSocket {
  send(data: string): void;
  close(): void;
}

export interface SocketHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  /** Closed or failed: either way the connection is gone (Taro's H5 socket drops the close code). */
  onClose(): void;
}

export type SocketFactory = (url: string, handlers: SocketHandlers) => RealtimeSocket;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

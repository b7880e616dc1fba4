import { TextDecoder, TextEncoder } from 'node:util';

// react-router reads TextEncoder at import; jsdom's window has none.
Object.assign(globalThis, { TextEncoder, TextDecoder });
// antd reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
const { getComputedStyle } = window;
window.getComputedStyle = (el: Element) => getComputedStyle(el);
class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;
// rc-component/form schedules with MessageChannel, which jsdom lacks. Node's would keep jest alive after
// the run, so a timer-based one: a posted message arrives on the other port in the next macrotask.
class TimerMessageChannel {
  port1: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(data: unknown): void };
  port2: { onmessage: ((e: { data: unknown }) => void) | null; postMessage(data: unknown): void };
  constructor() {
    const port = (other: () => { onmessage: ((e: { data: unknown }) => void) | null }) => ({
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (data: unknown) => void setTimeout(() => other().onmessage?.({ data }), 0),
    });
    this.port1 = port(() => this.port2);
    this.port2 = port(() => this.port1);
  }
}
(globalThis as unknown as { MessageChannel: unknown }).MessageChannel ??= TimerMessageChannel;

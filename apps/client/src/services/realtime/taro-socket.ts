import Taro from '@tarojs/taro';
import type { RealtimeSocket, SocketFactory } from './socket';

/**
 * The one place that calls `Taro.connectSocket`. Each socket gets its handlers exactly once, because on
 * H5 a second `onOpen`/`onMessage` replaces the first; and `close()` may come before the task exists
 * (connectSocket answers with a promise), so it is remembered and applied when the task arrives.
 */
export const taroSocketFactory: SocketFactory = (url, handlers) => {
  let task: Taro.SocketTask | null = null;
  let closed = false;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    handlers.onClose();
  };

  Taro.connectSocket({ url })
    .then((created) => {
      task = created;
      if (closed) return void created.close({});
      created.onOpen(() => handlers.onOpen());
      created.onMessage(({ data }) => handlers.onMessage(typeof data === 'string' ? data : ''));
      created.onClose(end);
      created.onError(end);
    })
    .catch(end);

  const socket: RealtimeSocket = {
    send(data) {
      void task?.send({ data });
    },
    close() {
      closed = true;
      task?.close({});
    },
  };
  return socket;
};

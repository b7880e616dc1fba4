import { useCallback, useEffect, useRef, useState } from 'react';
import {
  api,
  type CreateLotteryRequest,
  type GoodsSummary,
  type HostRoom,
  type LiveSchedule,
  type Lottery,
} from '@livemall/shared';
import { isApiError } from '@/services/api-error';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { newRequestId } from '@/utils/request-id';
import type { RoomStore } from '@/subpackages/live/room/room-store';

export interface HostMessage {
  ok: boolean;
  text: string;
}

export interface HostRoomConsole {
  room: HostRoom | null;
  loadError: string | null;
  /** The merchant's own goods on the shelf, for pushes. */
  goods: GoodsSummary[];
  schedules: LiveSchedule[];
  /** Which action is in flight (one at a time keeps double taps out). */
  busy: string | null;
  /** What the last action did or why it failed, in words. */
  message: HostMessage | null;
  reload(): void;
  start(): void;
  end(): void;
  pushNow(goodsId: string): void;
  schedulePush(goodsId: string, minutesFromNow: number): void;
  cancelSchedule(id: string): void;
  startLottery(form: Omit<CreateLotteryRequest, 'requestId'>): void;
  drawLottery(id: string): void;
  deleteComment(commentId: string): void;
  mute(userId: string, minutes: number): void;
  ban(userId: string): void;
}

const GOODS_PAGE = 50;

/** The room console's I/O: the room with its push URL, the merchant's goods, and every host action. */
export function useHostRoom(roomId: string, socket: RoomStore): HostRoomConsole {
  const [room, setRoom] = useState<HostRoom | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [goods, setGoods] = useState<GoodsSummary[]>([]);
  const [schedules, setSchedules] = useState<LiveSchedule[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<HostMessage | null>(null);
  const [attempt, setAttempt] = useState(0);
  // A lottery request lost on the network goes out again with its id, so it starts one lottery.
  const lotteryInDoubt = useRef<{ key: string; requestId: string } | null>(null);

  useEffect(() => {
    setLoadError(null);
    call(api.hostRoom, { params: { roomId } }).then(
      (r) => {
        setRoom(r);
        // The shelf is shared by every shop: the console offers the merchant's own goods.
        call(api.goods, { query: { limit: GOODS_PAGE } }).then((page) => setGoods(page.items.filter((g) => g.merchantId === r.merchantId)), () => undefined);
      },
      (error: unknown) => setLoadError(errorText(error)),
    );
    call(api.roomSchedules, { params: { roomId } }).then((r) => setSchedules(r.items), () => undefined);
  }, [roomId, attempt]);

  const run = useCallback(
    async <T,>(key: string, action: () => Promise<T>, done: (result: T) => string): Promise<void> => {
      if (busy) return;
      setBusy(key);
      try {
        const result = await action();
        setMessage({ ok: true, text: done(result) });
      } catch (error) {
        setMessage({ ok: false, text: errorText(error) });
      } finally {
        setBusy(null);
      }
    },
    [busy],
  );

  const refreshSchedules = () => call(api.roomSchedules, { params: { roomId } }).then((r) => setSchedules(r.items), () => undefined);
  const showLottery = (lottery: Lottery) => socket.setState({ lottery });
  const params = { roomId };

  return {
    room,
    loadError,
    goods,
    schedules,
    busy,
    message,
    reload: () => setAttempt((n) => n + 1),
    start: () =>
      void run('start', () => call(api.startRoom, { params }), (r) => {
        setRoom(r);
        return '已开播';
      }),
    end: () =>
      void run('end', () => call(api.endRoom, { params }), (r) => {
        setRoom(r);
        return r.startedAt ? '直播已结束' : '直播已取消';
      }),
    pushNow: (goodsId) => void run('push', () => call(api.pushProduct, { params, body: { goodsId, pin: true } }), () => '已推送到直播间'),
    schedulePush: (goodsId, minutes) =>
      void run(
        'schedule',
        () => call(api.schedulePush, { params, body: { goodsId, pin: true, at: new Date(Date.now() + minutes * 60_000).toISOString() } }),
        (s) => {
          void refreshSchedules();
          return `已定时：${new Date(s.at).toLocaleTimeString()} 推送`;
        },
      ),
    cancelSchedule: (id) =>
      void run('cancel-schedule', () => call(api.cancelSchedule, { params: { id } }), () => {
        void refreshSchedules();
        return '已取消定时推送';
      }),
    startLottery: (form) => {
      const key = JSON.stringify(form);
      const requestId = lotteryInDoubt.current?.key === key ? lotteryInDoubt.current.requestId : newRequestId();
      void run(
        'lottery',
        () =>
          call(api.createLottery, { params, body: { ...form, requestId } }).catch((error: unknown) => {
            lotteryInDoubt.current = isApiError(error) && error.code === 'NETWORK_ERROR' ? { key, requestId } : null;
            throw error;
          }),
        (lottery) => {
          lotteryInDoubt.current = null;
          showLottery(lottery);
          return '抽奖已开始';
        },
      );
    },
    drawLottery: (id) =>
      void run('draw', () => call(api.drawLottery, { params: { id } }), (lottery) => {
        showLottery(lottery);
        return lottery.winners.length ? `已开奖：${lottery.winners.map((w) => w.nickname).join('、')}` : '已开奖：无人参与';
      }),
    deleteComment: (commentId) =>
      void run('moderate', () => call(api.deleteComment, { params: { roomId, commentId } }), () => {
        // The room's comment_deleted event follows; removing it now keeps a second tap off it.
        socket.getState().removeComment(commentId);
        return '已删除弹幕';
      }),
    mute: (userId, minutes) => void run('moderate', () => call(api.muteViewer, { params, body: { userId, minutes } }), () => `已禁言 ${minutes} 分钟`),
    ban: (userId) => void run('moderate', () => call(api.banViewer, { params, body: { userId } }), () => '已封禁该观众'),
  };
}

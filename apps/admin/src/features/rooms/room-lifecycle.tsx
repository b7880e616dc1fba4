import { message as antMessage, Modal } from 'antd';
import type { ReactNode } from 'react';
import { api, type LiveRoomSummary } from '@livemall/shared';
import { call } from '../../api/call';
import { roomErrorText } from './room-errors';

/** Go live / end (or cancel a room that never started), each behind a confirm; the owner's only. */
export function useRoomLifecycle(onDone: () => void): { start(room: LiveRoomSummary): void; end(room: LiveRoomSummary): void; holder: ReactNode } {
  const [modal, modalHolder] = Modal.useModal();
  const [message, messageHolder] = antMessage.useMessage();
  const run = (title: string, content: string, id: string, act: () => Promise<unknown>, done: string) =>
    void modal.confirm({
      title,
      content,
      okText: '确定',
      cancelText: '再想想',
      okButtonProps: { id },
      onOk: async () => {
        try {
          await act();
          void message.success(done);
        } catch (e) {
          void message.error(roomErrorText(e));
        } finally {
          onDone();
        }
      },
    });
  return {
    holder: (
      <>
        {modalHolder}
        {messageHolder}
      </>
    ),
    start: (room: LiveRoomSummary) =>
      run(`开播「${room.title}」？`, '开播后观众即可进入直播间，预约提醒的观众会收到通知。', 'room-start-confirm', () => call(api.startRoom, { params: { roomId: room.id } }), '已开播'),
    end: (room: LiveRoomSummary) =>
      run(
        room.status === 'live' ? `结束「${room.title}」？` : `取消「${room.title}」？`,
        room.status === 'live' ? '结束后不能再次开播，观众会看到直播已结束。' : '这场直播还没开播，取消后不能再开播。',
        'room-end-confirm',
        () => call(api.endRoom, { params: { roomId: room.id } }),
        room.status === 'live' ? '直播已结束' : '直播已取消',
      ),
  };
}

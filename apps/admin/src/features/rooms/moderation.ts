import { api } from '@livemall/shared';
import { call } from '../../api/call';

/** The floor's moderation: the owner's and the assistants' alike (the server checks the room's floor). */
export const moderation = {
  remove: (roomId: string, commentId: string) => call(api.deleteComment, { params: { roomId, commentId } }),
  mute: (roomId: string, userId: string, minutes: number) => call(api.muteViewer, { params: { roomId }, body: { userId, minutes } }),
  ban: (roomId: string, userId: string) => call(api.banViewer, { params: { roomId }, body: { userId } }),
};

export const muteChoices = [
  { value: 10, label: '10 分钟' },
  { value: 60, label: '1 小时' },
  { value: 1440, label: '1 天' },
  { value: 10080, label: '7 天' },
];

import type { LiveComment, LiveRoomDetail, RoomEvent, RoomRedPacket, RoomSnapshot } from '@livemall/shared';
import { goods, liveRoom, redPacket, user } from './fixtures';

export const roomDetail: LiveRoomDetail = {
  ...liveRoom,
  playUrls: { flv: 'https://pull.example.com/live/room.flv', hls: 'https://pull.example.com/live/room.m3u8' },
  startedAt: '2025-11-22T12:00:00.000Z',
  endedAt: null,
};

export function comment(n: number, text = `弹幕${n}`): LiveComment {
  return { id: `c${n}`, userId: user.id, nickname: `观众${n}`, text, at: 1_763_812_800_000 + n };
}

export const roomPacket: RoomRedPacket = {
  id: redPacket.id,
  type: 'lucky',
  slogan: redPacket.slogan,
  anchorName: redPacket.anchorName,
  status: 'active',
};

export function snapshot(seq: number, overrides: Partial<RoomSnapshot> = {}): RoomSnapshot {
  return {
    room: roomDetail,
    online: 12,
    likes: 300,
    recentComments: [comment(1)],
    pinned: goods,
    redPackets: [],
    seq,
    you: { userId: user.id, canComment: true },
    ...overrides,
  };
}

export const commentEvent = (seq: number, n = seq): RoomEvent => ({ type: 'comment', seq, comment: comment(n) });

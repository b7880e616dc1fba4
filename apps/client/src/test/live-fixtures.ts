import type { LiveComment, LiveRoomDetail, Lottery, RoomEvent, RoomGift, RoomRedPacket, RoomSnapshot } from '@livemall/shared';
import { goods, liveRoom, redPacket, user } from './fixtures';

export const roomDetail: LiveRoomDetail = {
  ...liveRoom,
  playUrls: { flv: 'https://pull.example.com/live/room.flv', hls: 'https://pull.example.com/live/room.m3u8' },
  startedAt: '2025-11-22T12:00:00.000Z',
  endedAt: null,
  reminders: 0,
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
    lottery: null,
    seq,
    you: { userId: user.id, canComment: true },
    ...overrides,
  };
}

export const commentEvent = (seq: number, n = seq): RoomEvent => ({ type: 'comment', seq, comment: comment(n) });

export function roomGift(n: number, overrides: Partial<RoomGift> = {}): RoomGift {
  return {
    id: `9b0c7a52-3f1e-4c2a-9d7e-5a1b2c3d4e${String(n).padStart(2, '0')}`,
    giftId: 'flower',
    giftName: '鲜花',
    sender: { userId: user.id, nickname: `观众${n}` },
    at: 1_763_812_800_000 + n,
    ...overrides,
  };
}

export const giftEvent = (seq: number, n = seq): RoomEvent => ({ type: 'gift', seq, gift: roomGift(n) });

export const openLottery: Lottery = {
  id: '4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  roomId: roomDetail.id,
  prize: '赣南脐橙一箱',
  winnerCount: 1,
  participation: { kind: 'keyword', keyword: '想要' },
  status: 'open',
  endsAt: '2025-11-22T12:05:00.000Z',
  commitment: 'b'.repeat(64),
  seed: null,
  entrantCount: 0,
  winners: [],
  drawnAt: null,
};

export const drawnLottery: Lottery = {
  ...openLottery,
  status: 'drawn',
  seed: 'seed-for-tests',
  entrantCount: 3,
  winners: [{ userId: user.id, nickname: user.nickname }],
  drawnAt: '2025-11-22T12:05:00.000Z',
};

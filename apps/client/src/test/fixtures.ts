import type { AuthTokens, GoodsCard, GoodsSummary, GrabRecord, LiveRoomSummary, RedPacket, User } from '@livemall/shared';

export const user: User = {
  id: '0b6c7a52-3f1e-4c2a-9d7e-5a1b2c3d4e5f',
  nickname: '游客4e5f',
  avatarUrl: null,
  roles: ['user'],
  provider: 'guest',
  createdAt: '2025-11-22T04:00:00.000Z',
};

export function tokens(n: number, overrides: Partial<AuthTokens> = {}): AuthTokens {
  return {
    accessToken: `access-${n}`,
    accessExpiresIn: 900,
    refreshToken: `refresh-token-number-${n}`,
    user,
    ...overrides,
  };
}

export const liveRoom: LiveRoomSummary = {
  id: '5d8e1f7a-0c2b-4e6d-8a9f-1b2c3d4e5f60',
  merchantId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  title: '双十一茶叶专场',
  coverUrl: null,
  anchorName: '茶小二',
  status: 'live',
  scheduledAt: null,
};

export const goods: GoodsSummary = {
  id: '6f1c1c1e-6b0e-4a53-9a55-1f7d2f5d7e01',
  merchantId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  title: '明前龙井 250g',
  coverUrl: null,
  priceFen: 19900,
  stock: 12,
};

export const redPacket: RedPacket = {
  id: '3e9a1c70-1d2b-4c3d-8e4f-5a6b7c8d9e01',
  roomId: liveRoom.id,
  merchantId: liveRoom.merchantId,
  anchorName: '茶小二',
  anchorAvatarUrl: null,
  slogan: '恭喜发财，大吉大利',
  type: 'lucky',
  totalAmount: 1000,
  totalCount: 5,
  remainingAmount: 1000,
  remainingCount: 5,
  minShare: 1,
  maxShare: 20000,
  validFrom: '2025-11-22T12:00:00.000Z',
  validUntil: '2025-11-22T12:10:00.000Z',
  status: 'active',
  seedCommitment: 'a'.repeat(64),
  seed: null,
  algorithm: 'doubleMean',
  createdAt: '2025-11-22T12:00:00.000Z',
  myGrab: null,
};

export function grabRecord(seq: number, amount: number, overrides: Partial<GrabRecord> = {}): GrabRecord {
  return {
    userId: `0b6c7a52-3f1e-4c2a-9d7e-5a1b2c3d4e${String(seq).padStart(2, '0')}`,
    nickname: `观众${seq + 1}`,
    avatarUrl: null,
    amount,
    seq,
    createdAt: '2025-11-22T12:01:00.000Z',
    luckiest: false,
    ...overrides,
  };
}

/** A mall waterfall card: the summary plus the crossed-out price and sales. */
export const goodsCard: GoodsCard = { ...goods, originalPriceFen: 25900, sales: 1024 };

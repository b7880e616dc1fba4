import type { Address, Bargain, CouponCentreEntry, CouponTemplate, FlashSale, Group, GroupBuyActivity, GroupShareCard, InviteInfo, MyCoupon, Order } from '@livemall/shared';

/** Contract-valid marketing objects for component tests (every response the fake serves is parsed). */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const merchantId = uuid(900);
export const address: Address = {
  id: uuid(800),
  name: '林小姐',
  phone: '13800138000',
  province: '浙江省',
  city: '杭州市',
  district: '西湖区',
  detail: '文三路 90 号',
  isDefault: true,
};

export function template(n: number, over: Partial<CouponTemplate> = {}): CouponTemplate {
  return {
    id: uuid(100 + n),
    merchantId,
    merchantName: '茶铺',
    name: `满100减${n}`,
    rule: { kind: 'amount_off', thresholdFen: 10000, amountFen: n * 100 },
    validity: { kind: 'relative', validDays: 7 },
    totalQuantity: 100,
    perUserLimit: 1,
    scope: { kind: 'all' },
    newUserOnly: false,
    showInCentre: true,
    grantOnSignup: false,
    grantOnBirthday: false,
    status: 'active',
    claimedCount: 30,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

export function centreEntry(n: number, over: Partial<CouponCentreEntry> = {}): CouponCentreEntry {
  return { template: template(n), claimedByMe: 0, canClaim: true, reason: null, ...over };
}

export function order(over: Partial<Order> = {}): Order {
  return {
    id: uuid(700),
    no: 'LM202611220001',
    userId: uuid(701),
    merchantId,
    status: 'pending_payment',
    source: 'mall',
    sourceId: null,
    items: [],
    itemsFen: 5900,
    shippingFen: 0,
    discountFen: 0,
    totalFen: 5900,
    couponId: null,
    refundedFen: 0,
    address: { name: address.name, phone: address.phone, province: address.province, city: address.city, district: address.district, detail: address.detail },
    createdAt: '2026-11-22T12:00:00.000Z',
    payDeadline: '2026-11-22T12:15:00.000Z',
    paidAt: null,
    shippedAt: null,
    carrier: null,
    trackingNo: null,
    completedAt: null,
    cancelledAt: null,
    cancelReason: null,
    refunds: [],
    ...over,
  };
}

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

export function flashSale(over: Partial<FlashSale> = {}): FlashSale {
  return {
    id: uuid(600),
    merchantId,
    goodsId: uuid(601),
    skuId: uuid(602),
    title: '明前龙井 秒杀',
    coverUrl: null,
    specText: '250g',
    normalPriceFen: 19900,
    salePriceFen: 9900,
    totalUnits: 10,
    unitsLeft: 6,
    perUserLimit: 2,
    payMinutes: 5,
    startsAt: anHourAgo(),
    endsAt: inAnHour(),
    status: 'live',
    ...over,
  };
}

export function groupBuyActivity(over: Partial<GroupBuyActivity> = {}): GroupBuyActivity {
  return {
    id: uuid(500),
    merchantId,
    goodsId: uuid(501),
    skuId: uuid(502),
    title: '纯棉T恤 拼团',
    coverUrl: null,
    specText: '白 M',
    normalPriceFen: 5900,
    groupPriceFen: 3900,
    groupSize: 3,
    timeLimitMinutes: 1440,
    perUserLimit: 2,
    virtualFill: false,
    startsAt: anHourAgo(),
    endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    status: 'active',
    ...over,
  };
}

export function group(over: Partial<Group> = {}): Group {
  return {
    id: uuid(510),
    activityId: uuid(500),
    status: 'open',
    groupSize: 3,
    seatsTaken: 1,
    seatsLeft: 2,
    expiresAt: inAnHour(),
    members: [{ nickname: '小茶', avatarUrl: null, isStarter: true, virtual: false }],
    ...over,
  };
}

export function groupCard(over: Partial<GroupShareCard> = {}): GroupShareCard {
  return {
    groupId: uuid(510),
    activityId: uuid(500),
    title: '纯棉T恤 拼团',
    coverUrl: null,
    groupPriceFen: 3900,
    normalPriceFen: 5900,
    seatsLeft: 2,
    expiresAt: inAnHour(),
    status: 'open',
    ...over,
  };
}

export function bargain(over: Partial<Bargain> = {}): Bargain {
  return {
    id: uuid(400),
    activity: {
      id: uuid(401),
      merchantId,
      goodsId: uuid(402),
      goodsTitle: '安吉白茶 100g',
      coverUrl: null,
      skuId: uuid(403),
      specText: '',
      originalPriceFen: 10000,
      floorPriceFen: 2000,
      helpersNeeded: 4,
      timeLimitMinutes: 1440,
      startsAt: anHourAgo(),
      endsAt: inAnHour(),
      status: 'active',
      createdAt: anHourAgo(),
    },
    starter: { userId: uuid(404), nickname: '阿青', avatarUrl: null },
    originalPriceFen: 10000,
    floorPriceFen: 2000,
    currentPriceFen: 6000,
    cutFen: 4000,
    helpersDone: 2,
    helpersNeeded: 4,
    helpers: [
      { userId: uuid(405), nickname: '小林', avatarUrl: null, cutFen: 2500, seq: 0, createdAt: anHourAgo() },
      { userId: uuid(406), nickname: '小周', avatarUrl: null, cutFen: 1500, seq: 1, createdAt: anHourAgo() },
    ],
    status: 'open',
    expiresAt: inAnHour(),
    orderId: null,
    createdAt: anHourAgo(),
    mine: false,
    myCutFen: null,
    ...over,
  };
}

export function inviteInfo(over: Partial<InviteInfo> = {}): InviteInfo {
  return {
    code: 'ABCD2345',
    sharePath: 'pages/mall/index?inviteCode=ABCD2345',
    inviteesCount: 3,
    rewardedCount: 1,
    pointsEarned: 200,
    rewardPoints: 200,
    inviter: null,
    canBind: true,
    ...over,
  };
}

export function myCoupon(n: number, over: Partial<MyCoupon> = {}): MyCoupon {
  return {
    id: uuid(n),
    templateId: uuid(100 + n),
    merchantId,
    merchantName: '茶铺',
    name: `券${n}`,
    rule: { kind: 'amount_off', thresholdFen: 10000, amountFen: 1000 },
    scope: { kind: 'all' },
    status: 'unused',
    validFrom: '2026-11-01T00:00:00.000Z',
    validTo: '2026-12-01T00:00:00.000Z',
    orderId: null,
    usedAt: null,
    claimedAt: '2026-11-01T00:00:00.000Z',
    ...over,
  };
}

import type { Bargain } from '@livemall/shared';

export interface BargainProgress {
  /** How far from the original price to the floor the price has come, whole percent 0–100. */
  percent: number;
  cutFen: number;
  /** Still to cut to reach the floor. */
  toFloorFen: number;
}

export function bargainProgress(b: Pick<Bargain, 'originalPriceFen' | 'floorPriceFen' | 'currentPriceFen'>): BargainProgress {
  const span = b.originalPriceFen - b.floorPriceFen;
  const cut = Math.min(Math.max(0, b.originalPriceFen - b.currentPriceFen), Math.max(0, span));
  const percent = span > 0 ? Math.floor((cut * 100) / span) : 100;
  return { percent, cutFen: cut, toFloorFen: Math.max(0, b.currentPriceFen - b.floorPriceFen) };
}

export interface BargainActions {
  /** 帮砍: a visitor who has not helped, while it is open. */
  canHelp: boolean;
  /** 立即购买 at the current price: its starter, before it expires and before it was bought. */
  canBuy: boolean;
  expired: boolean;
  /** One line about where it stands. */
  text: string;
}

export function bargainActions(b: Pick<Bargain, 'status' | 'mine' | 'myCutFen' | 'expiresAt' | 'helpersDone' | 'helpersNeeded'>, now: number): BargainActions {
  const expired = b.status === 'expired' || (b.status !== 'ordered' && now >= Date.parse(b.expiresAt));
  const live = !expired && (b.status === 'open' || b.status === 'floor_reached');
  const text = expired
    ? '砍价已过期'
    : b.status === 'ordered'
      ? '已下单'
      : b.status === 'floor_reached'
        ? '已砍到底价'
        : `已有 ${b.helpersDone} 位好友帮砍，还差 ${b.helpersNeeded - b.helpersDone} 位`;
  return {
    canHelp: live && b.status === 'open' && !b.mine && b.myCutFen === null,
    canBuy: live && b.mine,
    expired,
    text,
  };
}

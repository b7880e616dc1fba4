import type { GrabRecord, MerchantRedPacket, RedPacket } from '@livemall/shared';
import { commit, splitFromSeed } from '@livemall/split';

export const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
export const SEED = 'console-test-seed-0123456789abcdef';

/** A packet as the server would answer it, split from SEED. */
export function packetOf(over: Partial<RedPacket> = {}): RedPacket {
  return {
    id: '11111111-2222-4333-8444-555555555555', roomId: ROOM, merchantId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001',
    anchorName: '林掌柜', anchorAvatarUrl: null, slogan: '恭喜发财，大吉大利', type: 'lucky', totalAmount: 1_000, totalCount: 5,
    remainingAmount: 1_000, remainingCount: 5, minShare: 1, maxShare: 20_000, validFrom: '2026-12-07T02:00:00.000Z',
    validUntil: '2026-12-07T02:10:00.000Z', status: 'active', seedCommitment: commit(SEED), seed: null, algorithm: 'doubleMean',
    createdAt: '2026-12-07T02:00:00.000Z', myGrab: null, ...over,
  };
}

export function grabsOf(amounts: readonly number[]): GrabRecord[] {
  return amounts.map((amount, seq) => ({
    userId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`, nickname: `观众${seq + 1}`, avatarUrl: null, amount, seq,
    createdAt: '2026-12-07T02:01:00.000Z', luckiest: false,
  }));
}

export const sharesOf = (total: number, count: number) => splitFromSeed(SEED, total, count, 'doubleMean', { min: 1, max: 20_000 });

export function listRowOf(over: Partial<MerchantRedPacket> = {}): MerchantRedPacket {
  return { ...packetOf(), grabbedCount: 0, grabbedAmount: 0, refundedAmount: 0, luckiest: null, ...over };
}

/** `fetch` answering each call with the next of `answers` (status, body), recording every request. */
export function fakeFetch(...answers: Array<[number, unknown]>) {
  const calls: Array<{ url: string; method: string; body: unknown }> = [];
  const fn = jest.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url: String(url), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const [status, body] = answers.length > 1 ? answers.shift()! : answers[0]!;
    // jsdom has no Response; call() reads only these.
    return { ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(body) };
  });
  global.fetch = fn as unknown as typeof fetch;
  return calls;
}

/** `fetch` answering by "METHOD /path" (query ignored), recording every request. */
export function fakeRoutes(routes: Record<string, (body: unknown) => [number, unknown]>) {
  const calls: Array<{ url: string; method: string; body: unknown }> = [];
  global.fetch = jest.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url: String(url), method, body });
    const route = routes[`${method} ${String(url).split('?')[0]}`];
    const [status, answer] = route ? route(body) : [404, { code: 'NOT_FOUND', message: 'no such route in the fake' }];
    return { ok: status >= 200 && status < 300, status, text: async () => JSON.stringify(answer) };
  }) as unknown as typeof fetch;
  return calls;
}

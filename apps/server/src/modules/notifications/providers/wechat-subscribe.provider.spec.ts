import { strictFake } from '../../../../test/support/strict-fake';
import type { NotificationRow, NotificationsRepository } from '../notifications.repository';
import type { SubscriptionsRepository } from '../subscriptions.repository';
import type { AccessTokens } from '../wechat/access-tokens';
import type { WechatMessageApi } from '../wechat/wechat-message.client';
import { WechatSubscribeProvider } from './wechat-subscribe.provider';

const notice: NotificationRow = {
  id: 'n1', userId: 'u1', kind: 'order_shipped', eventKey: 'order_shipped:o1', title: 't', body: 'b',
  link: '/subpackages/mall/order/index?id=o1', data: { thing2: '顺丰' }, createdAt: new Date(0), readAt: null,
};

/** `answers`: WeChat's errcode for each send in turn. */
function world(opts: { openid?: string | null; claim?: 'claimed' | 'no_consent' | 'already_claimed'; answers?: number[] } = {}) {
  const calls: string[] = [];
  const answers = [...(opts.answers ?? [0])];
  const inbox = strictFake<NotificationsRepository>('inbox', { openidOf: async () => (opts.openid === undefined ? 'o_1' : opts.openid) });
  const subscriptions = strictFake<SubscriptionsRepository>('subscriptions', {
    claimed: async () => false,
    claimSend: async () => ((opts.claim ?? 'claimed') === 'claimed' ? { claimed: 's1' } : { skipped: opts.claim as 'no_consent' }),
    finish: async (_id, status, error) => void calls.push(`finish ${status}${error ? ` ${error}` : ''}`),
  });
  const tokens = strictFake<AccessTokens>('tokens', {
    get: async () => 'A',
    renew: async (stale) => (calls.push(`renew ${stale}`), 'B'),
  });
  const api = strictFake<WechatMessageApi>('api', {
    sendSubscribe: async (token, m) => {
      calls.push(`send ${token} ${m.touser} ${m.templateId} ${m.page}`);
      return answers.shift() ?? 0;
    },
  });
  const provider = new WechatSubscribeProvider({ order_shipped: 'TPL' }, inbox, subscriptions, tokens, api);
  return { provider, calls };
}

describe('WechatSubscribeProvider', () => {
  it('sends with the kind’s template to the user’s openid, opening the link', async () => {
    const w = world();
    expect(await w.provider.push(notice)).toBe('sent');
    expect(w.calls).toEqual(['send A o_1 TPL subpackages/mall/order/index?id=o1', 'finish sent']);
  });

  it('renews a refused token once and retries; a second refusal is a failure, not a loop', async () => {
    const once = world({ answers: [40001, 0] });
    expect(await once.provider.push(notice)).toBe('sent');
    expect(once.calls).toEqual(['send A o_1 TPL subpackages/mall/order/index?id=o1', 'renew A', 'send B o_1 TPL subpackages/mall/order/index?id=o1', 'finish sent']);
    const twice = world({ answers: [42001, 40001] });
    expect(await twice.provider.push(notice)).toBe('failed');
    expect(twice.calls.filter((c) => c.startsWith('send'))).toHaveLength(2);
    expect(twice.calls.at(-1)).toBe('finish failed errcode 40001');
  });

  it('skips without calling WeChat: a kind with no template, a user with no openid, no consent, already claimed', async () => {
    expect(await world().provider.push({ ...notice, kind: 'room_live' })).toBe('skipped');
    for (const w of [world({ openid: null }), world({ claim: 'no_consent' }), world({ claim: 'already_claimed' })]) {
      expect(await w.provider.push(notice)).toBe('skipped');
      expect(w.calls).toEqual([]);
    }
  });
});

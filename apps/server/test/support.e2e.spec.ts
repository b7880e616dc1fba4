import { randomUUID } from 'node:crypto';
import { authTokensSchema } from '@livemall/shared';
import { HANDOFF_ASKED, HANDOFF_UNKNOWN, ORDER_NOT_FOUND } from '../src/modules/support/auto-reply';
import { wechatSignature } from '../src/modules/support/wechat-signature';
import { type FakeWechat, startFakeWechat } from './support/fake-wechat';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';
import { type Buyer, shop } from './support/shop';

const wxCreds = { appId: 'wx0123456789abcdef', secret: 'support-secret-0123456789' };
const TOKEN = 'supportToken42';
const FAQS = [
  { keywords: ['发货', '几天到'], answer: '下单后 48 小时内发货。' },
  { keywords: ['退货'], answer: '支持七天无理由退货。' },
];

// Both modes: conversations live in PostgreSQL, the WeChat token in Redis when there is one; calls are spread over the instances.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('customer service (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let wx: FakeWechat;
  let merchant: string;
  let s: ReturnType<typeof shop>;

  beforeAll(async () => {
    wx = await startFakeWechat(wxCreds);
    live = await LiveServers.start(scaleOut, { WX_APPID: wxCreds.appId, WX_SECRET: wxCreds.secret, WX_API_BASE: wx.baseUrl, WX_TIMEOUT_MS: '2000', WX_SERVICE_TOKEN: TOKEN });
    merchant = await live.demo('merchant');
    s = shop(live, () => merchant);
    const set = await live.call('PUT', '/merchant/support/faqs', merchant, { faqs: FAQS });
    expect(set.status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await live.stop();
    await wx.close();
  });

  const last = () => (scaleOut ? 1 : 0);
  const say = (token: string, text: string, clientMsgId = randomUUID(), instance = 0) =>
    live.call('POST', `/support/${DEMO_MERCHANT}/messages`, token, { clientMsgId, text }, instance);
  const botSays = async (token: string, text: string) => {
    const r = await say(token, text);
    expect(r.status).toBe(200);
    return r.json;
  };
  /** A guest who owns a shop of their own (no merchant role needed for the support inbox). */
  const otherShopOwner = async () => {
    const g = await live.guest();
    const merchantId = randomUUID();
    await live.withDb((db) => db.query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [merchantId, g.user.id, '别家店']));
    return { token: g.accessToken, merchantId };
  };
  const order = async (b: Buyer, paid: boolean) => {
    const skuId = await s.sku(1_500);
    const made = await live.call('POST', '/orders', b.token, { requestId: randomUUID(), lines: [{ skuId, quantity: 1 }], addressId: b.addressId });
    expect(made.status).toBe(201);
    if (paid) expect(await s.pay(b, made.json.id)).toBe('paid');
    return { id: made.json.id as string, no: made.json.no as string };
  };

  it('FAQ rules: validated, replaced as a whole, kept in order; their first keywords are quick questions', async () => {
    const bad = [
      [{ keywords: [], answer: 'x' }],
      [{ keywords: ['k'.repeat(21)], answer: 'x' }],
      [{ keywords: Array.from({ length: 11 }, (_, i) => `k${i}`), answer: 'x' }],
      [{ keywords: ['k'], answer: '答'.repeat(501) }],
    ];
    for (const faqs of bad) expect((await live.call('PUT', '/merchant/support/faqs', merchant, { faqs })).json.code).toBe('VALIDATION_FAILED');
    expect((await live.call('GET', '/merchant/support/faqs', merchant, undefined, last())).json).toEqual({ faqs: FAQS });
    expect((await live.call('GET', `/support/${DEMO_MERCHANT}/quick-questions`)).json).toEqual({ questions: ['发货', '退货'] });
    // A shop owner without the merchant role (an assistant-only account) cannot rewrite rules.
    const other = await otherShopOwner();
    expect((await live.call('PUT', '/merchant/support/faqs', other.token, { faqs: [] })).status).toBe(403);
  });

  it('FAQ rules saved twice at once: both answered, one whole list kept (found by the fuzzer: a 500)', async () => {
    const lists = Array.from({ length: 8 }, (_, i) => [{ keywords: [`词${i}`], answer: `答${i}` }, { keywords: ['共同'], answer: '同' }]);
    const saved = await Promise.all(lists.map((faqs, i) => live.call('PUT', '/merchant/support/faqs', merchant, { faqs }, i)));
    expect(saved.map((r) => r.status)).toEqual(lists.map(() => 200));
    const kept = (await live.call('GET', '/merchant/support/faqs', merchant)).json.faqs;
    expect(lists).toContainEqual(kept);
    expect((await live.call('PUT', '/merchant/support/faqs', merchant, { faqs: FAQS })).status).toBe(200);
  });

  it("answers an order number with the sender's own order only; someone else's reads exactly like an unknown one", async () => {
    const a = await s.buyer();
    const b = await s.buyer();
    const shipped = await order(a, true);
    const carrier = `顺丰${randomUUID().slice(0, 4)}`;
    const trackingNo = `SF${Date.now()}`;
    expect((await live.call('POST', `/merchant/orders/${shipped.id}/ship`, merchant, { carrier, trackingNo })).status).toBe(200);
    const unpaid = await order(a, false);

    const own = await botSays(a.token, `请问订单${shipped.no}到哪了`);
    expect(own.replies).toHaveLength(1);
    expect(own.replies[0]).toMatchObject({ sender: 'bot' });
    expect(own.replies[0].text).toContain('已发货');
    expect(own.replies[0].text).toContain(carrier);
    expect(own.replies[0].text).toContain(trackingNo);
    expect(own.status).toBe('bot');
    expect((await botSays(a.token, `${unpaid.no}`)).replies[0].text).toContain('待付款');

    const stranger = await botSays(b.token, `请问订单${shipped.no}到哪了`);
    const unknown = await botSays(b.token, `订单 20200101000000000000 呢`);
    expect(stranger.replies.map((r: { text: string }) => r.text)).toEqual([ORDER_NOT_FOUND]);
    expect(unknown.replies.map((r: { text: string }) => r.text)).toEqual([ORDER_NOT_FOUND]);
    for (const leak of [carrier, trackingNo, '已发货', '待付款']) expect(JSON.stringify(stranger)).not.toContain(leak);
    // Stays with the bot: an order question is answered, not handed over.
    expect(stranger.status).toBe('bot');
  }, 60_000);

  it('FAQ by keyword; anything else goes to a person, and then the bot stays quiet', async () => {
    const v = await s.buyer();
    expect((await botSays(v.token, '大概几天到呀')).replies.map((r: { text: string }) => r.text)).toEqual([FAQS[0]!.answer]);
    expect((await botSays(v.token, '可以退货吗')).replies.map((r: { text: string }) => r.text)).toEqual([FAQS[1]!.answer]);
    const other = await botSays(v.token, '你们的老板是谁');
    expect(other).toMatchObject({ status: 'human', replies: [{ sender: 'bot', text: HANDOFF_UNKNOWN }] });
    const waiting = await botSays(v.token, '退货怎么寄');
    expect(waiting).toMatchObject({ status: 'human', replies: [] });
  });

  it('人工 hands over: the inbox shows it, an agent answers, the viewer sees it, another shop sees nothing', async () => {
    const v = await s.buyer();
    const asked = await botSays(v.token, '转人工');
    expect(asked).toMatchObject({ status: 'human', replies: [{ sender: 'bot', text: HANDOFF_ASKED }] });
    const conversationId = asked.conversationId as string;

    const inbox = await live.call('GET', '/merchant/support/conversations', merchant, undefined, last());
    const row = inbox.json.items.find((c: { id: string }) => c.id === conversationId);
    expect(row).toMatchObject({ userId: v.userId, status: 'human', channel: 'app', lastText: HANDOFF_ASKED, unread: 1 });
    const botOnly = await live.call('GET', '/merchant/support/conversations?status=bot', merchant);
    expect(botOnly.json.items.some((c: { id: string }) => c.id === conversationId)).toBe(false);

    const thread = await live.call('GET', `/merchant/support/conversations/${conversationId}/messages`, merchant);
    expect(thread.json.messages.map((m: { sender: string; text: string }) => [m.sender, m.text])).toEqual([['user', '转人工'], ['bot', HANDOFF_ASKED]]);
    const after = await live.call('GET', '/merchant/support/conversations', merchant, undefined, last());
    expect(after.json.items.find((c: { id: string }) => c.id === conversationId).unread).toBe(0);

    // Another shop: as if the conversation did not exist; its inbox does not list it.
    const other = await otherShopOwner();
    for (const [method, path, body] of [
      ['GET', `/merchant/support/conversations/${conversationId}/messages`, undefined],
      ['POST', `/merchant/support/conversations/${conversationId}/replies`, { clientMsgId: randomUUID(), text: '我是别家' }],
      ['POST', `/merchant/support/conversations/${conversationId}/bot`, undefined],
    ] as const) {
      expect((await live.call(method, path, other.token, body)).json.code).toBe('SUPPORT_CONVERSATION_NOT_FOUND');
    }
    expect((await live.call('GET', '/merchant/support/conversations?status=all', other.token)).json.items).toEqual([]);
    expect((await live.call('GET', `/merchant/support/conversations?merchantId=${DEMO_MERCHANT}`, other.token)).json.code).toBe('NOT_A_MERCHANT');
    expect((await live.call('GET', '/merchant/support/conversations', v.token)).json.code).toBe('NOT_A_MERCHANT');

    // An assistant of the shop answers too.
    const helper = await live.guest();
    expect((await live.call('PUT', `/merchant/assistants/${helper.user.id}`, merchant)).status).toBeLessThan(300);
    const replyId = randomUUID();
    const reply = await live.call('POST', `/merchant/support/conversations/${conversationId}/replies`, helper.accessToken, { clientMsgId: replyId, text: '您好，我是店长，请讲' });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ sender: 'agent', text: '您好，我是店长，请讲' });
    const again = await live.call('POST', `/merchant/support/conversations/${conversationId}/replies`, helper.accessToken, { clientMsgId: replyId, text: '您好，我是店长，请讲' }, last());
    expect(again.json.id).toBe(reply.json.id);

    const seen = await live.call('GET', `/support/${DEMO_MERCHANT}/messages?after=${asked.replies[0].id}`, v.token, undefined, last());
    expect(seen.json).toMatchObject({ conversationId, status: 'human', messages: [{ id: reply.json.id, sender: 'agent', text: '您好，我是店长，请讲' }], cursor: reply.json.id });
    const nothingNew = await live.call('GET', `/support/${DEMO_MERCHANT}/messages?after=${seen.json.cursor}`, v.token);
    expect(nothingNew.json).toMatchObject({ messages: [], cursor: seen.json.cursor });

    // Handed back: the bot answers the next message again.
    expect((await live.call('POST', `/merchant/support/conversations/${conversationId}/bot`, merchant)).json.status).toBe('bot');
    expect((await botSays(v.token, '什么时候发货')).replies.map((r: { text: string }) => r.text)).toEqual([FAQS[0]!.answer]);
  }, 60_000);

  it('one clientMsgId is one message and one set of replies, even sent 16 times at once over the instances', async () => {
    const v = await s.buyer();
    const id = randomUUID();
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => say(v.token, '几天到', id, i)));
    expect(results.map((r) => r.status)).toEqual(Array(16).fill(200));
    const first = results[0]!.json;
    for (const r of results) expect(r.json).toEqual(first);
    expect(first.replies.map((r: { text: string }) => r.text)).toEqual([FAQS[0]!.answer]);
    const counts = await live.withDb(async (db) =>
      (await db.query(`SELECT sender, count(*)::int AS n FROM support_messages WHERE conversation_id = $1 GROUP BY sender ORDER BY sender`, [first.conversationId])).rows,
    );
    expect(counts).toEqual([{ sender: 'bot', n: 1 }, { sender: 'user', n: 1 }]);
    expect((await say(v.token, '另一句话', id)).json.code).toBe('SUPPORT_CLIENT_MSG_ID_REUSED');
    expect((await say(v.token, '', randomUUID())).json.code).toBe('VALIDATION_FAILED');
    expect((await say(v.token, 'x'.repeat(1001), randomUUID())).json.code).toBe('VALIDATION_FAILED');
    expect((await live.call('POST', `/support/${randomUUID()}/messages`, v.token, { clientMsgId: randomUUID(), text: 'hi' })).json.code).toBe('MERCHANT_NOT_FOUND');
  }, 60_000);

  it('distinct messages sent at once each get their answer right after them, and a poll sees them all in order', async () => {
    const v = await s.buyer();
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => say(v.token, i % 2 ? '退货' : '发货', randomUUID(), i)));
    const page = await live.call('GET', `/support/${DEMO_MERCHANT}/messages?limit=100`, v.token, undefined, last());
    const messages = page.json.messages as Array<{ id: string; sender: string; text: string }>;
    expect(messages).toHaveLength(24);
    const ids = messages.map((m) => BigInt(m.id));
    expect([...ids].sort((x, y) => (x < y ? -1 : 1))).toEqual(ids);
    // The conversation's row lock makes each answer follow its own question, with nothing between.
    for (let i = 0; i < messages.length; i += 2) {
      expect(messages[i]!.sender).toBe('user');
      expect(messages[i + 1]).toMatchObject({ sender: 'bot', text: messages[i]!.text === '退货' ? FAQS[1]!.answer : FAQS[0]!.answer });
    }
    expect(sent.every((r) => r.status === 200)).toBe(true);
  }, 60_000);

  describe('WeChat message push', () => {
    const signed = (extra: Record<string, string> = {}, token = TOKEN) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = String(Math.floor(Math.random() * 1e9));
      return new URLSearchParams({ timestamp, nonce, signature: wechatSignature(token, timestamp, nonce), ...extra }).toString();
    };
    const push = (query: string, body: unknown, instance = 0) =>
      fetch(new URL(`/support/wechat/push?${query}`, live.url(instance)), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const wechatUser = async () => {
      const openid = `o_${randomUUID().slice(0, 12)}`;
      const login = authTokensSchema.parse((await live.call('POST', '/auth/wechat', undefined, { code: `ok:${openid}` })).json);
      return { openid, token: login.accessToken, userId: login.user.id };
    };
    const sentTo = async (openid: string, count: number) => {
      for (let i = 0; i < 50 && wx.customSends.filter((c) => c.touser === openid).length < count; i++) await new Promise((r) => setTimeout(r, 100));
      return wx.customSends.filter((c) => c.touser === openid);
    };

    it('the URL check answers echostr only with our signature', async () => {
      const ok = await fetch(new URL(`/support/wechat/push?${signed({ echostr: 'echo-123' })}`, live.url(last())));
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('echo-123');
      const forged = await fetch(new URL(`/support/wechat/push?${signed({ echostr: 'echo-123' }, 'wrongToken')}`, live.url(0)));
      expect(forged.status).toBe(401);
      expect(await forged.json()).toMatchObject({ code: 'SUPPORT_SIGNATURE_INVALID' });
      const bare = await fetch(new URL('/support/wechat/push?echostr=x', live.url(0)));
      expect(((await bare.json()) as { code: string }).code).toBe('SUPPORT_SIGNATURE_INVALID');
      const unsignedPost = await push('timestamp=1&nonce=2&signature=abc', { FromUserName: 'o_x', MsgType: 'text', Content: '人工', MsgId: 1 });
      expect(unsignedPost.status).toBe(401);
    });

    it('a pushed text gets the bot reply sent through custom/send, once however often WeChat retries it', async () => {
      const u = await wechatUser();
      const enter = await push(signed(), { ToUserName: 'gh_x', FromUserName: u.openid, CreateTime: 1, MsgType: 'event', Event: 'user_enter_tempsession', SessionFrom: `merchant:${DEMO_MERCHANT}` });
      expect(enter.status).toBe(200);
      expect(await enter.text()).toBe('success');

      const msgId = Date.now();
      const message = { ToUserName: 'gh_x', FromUserName: u.openid, CreateTime: 2, MsgType: 'text', Content: '几天到？', MsgId: msgId };
      const answers = await Promise.all([0, 1, 2].map((i) => push(signed(), message, i)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      const sends = await sentTo(u.openid, 1);
      expect(sends).toHaveLength(1);
      expect(sends[0]).toMatchObject({ msgtype: 'text', content: FAQS[0]!.answer, errcode: 0 });
      const stored = await live.withDb(async (db) =>
        (await db.query(`SELECT m.sender, c.channel FROM support_messages m JOIN support_conversations c ON c.id = m.conversation_id WHERE c.user_id = $1 ORDER BY m.id`, [u.userId])).rows,
      );
      expect(stored).toEqual([{ sender: 'user', channel: 'wechat' }, { sender: 'bot', channel: 'wechat' }]);
      // A retry that comes later (the first answer was lost) is still the same message.
      await push(signed(), message, last());
      await new Promise((r) => setTimeout(r, 300));
      expect(wx.customSends.filter((c) => c.touser === u.openid)).toHaveLength(1);

      // The viewer sees it in the app as well, and an agent's answer goes back through WeChat.
      const page = await live.call('GET', `/support/${DEMO_MERCHANT}/messages`, u.token);
      expect(page.json.messages.map((m: { text: string }) => m.text)).toEqual(['几天到？', FAQS[0]!.answer]);
      const reply = await live.call('POST', `/merchant/support/conversations/${page.json.conversationId}/replies`, merchant, { clientMsgId: randomUUID(), text: '已安排加急' });
      expect(reply.status).toBe(201);
      const after = await sentTo(u.openid, 2);
      expect(after.map((c) => c.content)).toEqual([FAQS[0]!.answer, '已安排加急']);
    });

    it('an openid with no account and a non-text message are acknowledged and ignored', async () => {
      const before = wx.customSends.length;
      const stranger = await push(signed(), { FromUserName: 'o_nobody', MsgType: 'text', Content: '人工', MsgId: 7 });
      expect(await stranger.text()).toBe('success');
      const u = await wechatUser();
      const image = await push(signed(), { FromUserName: u.openid, MsgType: 'image', PicUrl: 'https://example.com/a.jpg', MsgId: 8 });
      expect(await image.text()).toBe('success');
      // Not opened from a shop and no default shop configured: nowhere to put it.
      const nowhere = await push(signed(), { FromUserName: u.openid, MsgType: 'text', Content: '你好', MsgId: 9 });
      expect(await nowhere.text()).toBe('success');
      const garbage = await fetch(new URL(`/support/wechat/push?${signed()}`, live.url(0)), { method: 'POST', body: 'not json' });
      expect(((await garbage.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
      await new Promise((r) => setTimeout(r, 200));
      expect(wx.customSends.length).toBe(before);
      const rows = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM support_conversations WHERE user_id = $1`, [u.userId])).rows[0].n);
      expect(rows).toBe(0);
    });
  });
});

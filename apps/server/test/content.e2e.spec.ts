import { randomUUID } from 'node:crypto';
import { TokensService } from '../src/modules/auth/tokens.service';
import { UsersRepository } from '../src/modules/users/users.repository';
import { DEMO_MERCHANT, LiveServers } from './support/live-servers';

// Demo goods (see modules/seed/demo-data.ts): both belong to the demo shop.
const ORANGE = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0201';
const STRAWBERRY = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0202';

// Both modes: content lives in PostgreSQL; the second instance must see the same feed and counts.
describe.each([
  ['PostgreSQL only', false],
  ['scale-out, two instances over Redis', true],
] as const)('种草 content (%s)', (_name, scaleOut) => {
  let live: LiveServers;
  let merchant: string;

  beforeAll(async () => {
    live = await LiveServers.start(scaleOut);
    merchant = await live.demo('merchant');
  }, 60_000);
  afterAll(() => live.stop());

  const last = () => (scaleOut ? 1 : 0);
  const article = (extra: Record<string, unknown> = {}) => ({
    kind: 'article', title: `挑橙子 ${randomUUID().slice(0, 6)}`, body: '第一段。\n\n第二段。', goodsIds: [ORANGE], ...extra,
  });
  const create = async (body: Record<string, unknown> = article()) => {
    const res = await live.call('POST', '/merchant/contents', merchant, body);
    expect(res.status).toBe(201);
    return res.json;
  };
  const published = async (body?: Record<string, unknown>) => {
    const c = await create(body);
    expect((await live.call('POST', `/merchant/contents/${c.id}/publish`, merchant)).json.status).toBe('published');
    return c;
  };
  /** Another account with a shop of its own. */
  const otherMerchant = async () => {
    const app = live.servers[0]!.app;
    const user = await app.get(UsersRepository).upsertSeeded(`content-e2e-${randomUUID()}`, { nickname: '别家店主' }, ['user', 'merchant']);
    const shopId = randomUUID();
    await live.withDb((db) => db.query('INSERT INTO merchants (id, owner_user_id, name) VALUES ($1, $2, $3)', [shopId, user.id, '别家店']));
    return { token: (await app.get(TokensService).issue(user)).accessToken, shopId };
  };
  const feedIds = async (query = '', instance = 0) => (await live.call('GET', `/contents${query}`, undefined, undefined, instance)).json.items.map((c: { id: string }) => c.id);
  const goodsContentIds = async (goodsId: string) =>
    (await live.call('GET', `/goods/${goodsId}/contents`, undefined, undefined, last())).json.items.map((c: { id: string }) => c.id);
  const contentRow = (id: string) => live.withDb(async (db) => (await db.query(`SELECT title, body, video_url, status, view_count FROM contents WHERE id = $1`, [id])).rows[0]);

  it('a draft is invisible to the public; publish shows it in the feed, the detail and the goods page; unpublish hides it', async () => {
    const viewer = await live.guest();
    const c = await create(article({ goodsIds: [ORANGE, STRAWBERRY] }));
    expect(c).toMatchObject({ status: 'draft', kind: 'article', viewCount: 0, publishedAt: null, goodsIds: [ORANGE, STRAWBERRY], videoUrl: null });

    expect(await feedIds()).not.toContain(c.id);
    expect((await live.call('GET', `/contents/${c.id}`)).json.code).toBe('CONTENT_NOT_FOUND');
    expect((await live.call('POST', `/contents/${c.id}/views`, viewer.accessToken)).status).toBe(404);
    expect(await goodsContentIds(ORANGE)).not.toContain(c.id);

    const pub = await live.call('POST', `/merchant/contents/${c.id}/publish`, merchant);
    expect(pub.json).toMatchObject({ status: 'published' });
    expect(pub.json.publishedAt).not.toBeNull();
    const again = await live.call('POST', `/merchant/contents/${c.id}/publish`, merchant, undefined, last());
    expect([again.status, again.json.code]).toEqual([409, 'CONTENT_STATUS_INVALID']);

    expect((await feedIds('', last()))[0]).toBe(c.id);
    const detail = await live.call('GET', `/contents/${c.id}`, undefined, undefined, last());
    expect(detail.json).toMatchObject({ id: c.id, body: '第一段。\n\n第二段。', videoUrl: null });
    expect(detail.json.goods.map((g: { id: string }) => g.id)).toEqual([ORANGE, STRAWBERRY]);
    expect(await goodsContentIds(ORANGE)).toContain(c.id);
    expect(await goodsContentIds(STRAWBERRY)).toContain(c.id);

    // Off the shelf: the goods leaves the detail (the link stays for the owner).
    expect((await live.call('POST', `/merchant/goods/${STRAWBERRY}/shelf`, merchant, { onShelf: false })).status).toBe(200);
    try {
      const shelved = await live.call('GET', `/contents/${c.id}`);
      expect(shelved.json.goods.map((g: { id: string }) => g.id)).toEqual([ORANGE]);
    } finally {
      await live.call('POST', `/merchant/goods/${STRAWBERRY}/shelf`, merchant, { onShelf: true });
    }

    const unpub = await live.call('POST', `/merchant/contents/${c.id}/unpublish`, merchant, undefined, last());
    expect(unpub.json.status).toBe('draft');
    expect(await feedIds()).not.toContain(c.id);
    expect(await goodsContentIds(ORANGE)).not.toContain(c.id);
    expect((await live.call('GET', `/contents/${c.id}`)).status).toBe(404);
    expect((await live.call('POST', `/merchant/contents/${c.id}/unpublish`, merchant)).json.code).toBe('CONTENT_STATUS_INVALID');

    // Republished: back at its first place and time, not on top.
    const later = await published();
    const back = await live.call('POST', `/merchant/contents/${c.id}/publish`, merchant);
    expect(back.json.publishedAt).toBe(pub.json.publishedAt);
    const ids = await feedIds();
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(c.id));

    const mine = await live.call('GET', '/merchant/contents?limit=50', merchant, undefined, last());
    expect(mine.json.items.find((m: { id: string }) => m.id === c.id)).toMatchObject({ status: 'published', viewCount: 0 });
  });

  it('walks the feed newest published first with a cursor that ignores what is published meanwhile; kind filters', async () => {
    const mine: string[] = [];
    for (let i = 0; i < 5; i++) mine.push((await published(i % 2 ? { kind: 'video', title: `视频 ${i}`, videoUrl: `https://cdn.example.com/v${i}.mp4` } : article())).id);
    await create(); // a draft in between never shows

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = `?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await live.call('GET', `/contents${q}`, undefined, undefined, pages % 2 ? last() : 0);
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((c: { id: string }) => c.id));
      cursor = page.json.nextCursor;
      // Published while scrolling: it belongs on top, so it is not on a later page.
      if (pages++ === 0) mine.push((await published()).id);
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const newest = mine.pop()!;
    expect(seen).not.toContain(newest);
    expect(seen.slice(0, 5)).toEqual([...mine].reverse());
    expect((await feedIds())[0]).toBe(newest);

    const videos = (await live.call('GET', '/contents?kind=video&limit=50')).json.items;
    expect(videos.length).toBeGreaterThanOrEqual(2);
    expect(videos.every((v: { kind: string }) => v.kind === 'video')).toBe(true);
    expect(videos.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([mine[1], mine[3]]));

    const bad = await live.call('GET', '/contents?cursor=not-a-cursor');
    expect([bad.status, bad.json.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('counts a view once per viewer per day, exactly, under many concurrent opens on both instances', async () => {
    const c = await published();
    const viewers = await Promise.all(Array.from({ length: 30 }, () => live.guest()));
    const opens = viewers.flatMap((v, i) => [0, 1, 2].map((k) => ({ token: v.accessToken, viewer: i, instance: (i + k) % 2 })));
    const results = await Promise.all(opens.map((o) => live.call('POST', `/contents/${c.id}/views`, o.token, undefined, scaleOut ? o.instance : 0)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    // Each viewer counted exactly once, whichever of their opens got there first.
    const countedPerViewer = viewers.map((_, i) => results.filter((r, j) => opens[j]!.viewer === i && r.json.counted).length);
    expect(countedPerViewer).toEqual(viewers.map(() => 1));
    expect(Number((await contentRow(c.id)).view_count)).toBe(30);
    expect((await live.call('GET', `/contents/${c.id}`, undefined, undefined, last())).json.viewCount).toBe(30);
    const rows = await live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM content_views WHERE content_id = $1`, [c.id])).rows[0].n);
    expect(rows).toBe(30);

    const repeat = await live.call('POST', `/contents/${c.id}/views`, viewers[0]!.accessToken);
    expect(repeat.json).toEqual({ viewCount: 30, counted: false });
    expect((await live.call('POST', `/contents/${c.id}/views`)).status).toBe(401);
  }, 60_000);

  it('concurrent publishes: one wins, the rest are refused; concurrent edits leave one whole goods list, never a mix', async () => {
    const c = await create();
    const clicks = await Promise.all(Array.from({ length: 10 }, (_, i) => live.call('POST', `/merchant/contents/${c.id}/publish`, merchant, undefined, i)));
    expect(clicks.filter((r) => r.status === 200)).toHaveLength(1);
    expect(clicks.filter((r) => r.status === 409 && r.json.code === 'CONTENT_STATUS_INVALID')).toHaveLength(9);

    const lists = [[ORANGE], [STRAWBERRY, ORANGE], [], [ORANGE, STRAWBERRY]];
    const edits = await Promise.all(
      Array.from({ length: 12 }, (_, i) => live.call('PUT', `/merchant/contents/${c.id}`, merchant, article({ title: `改 ${i}`, goodsIds: lists[i % lists.length] }), i)),
    );
    expect(edits.map((r) => r.status)).toEqual(edits.map(() => 200));
    const final = (await live.call('GET', '/merchant/contents?limit=50', merchant)).json.items.find((m: { id: string }) => m.id === c.id);
    const winner = Number(final.title.replace('改 ', ''));
    expect(final.goodsIds).toEqual(lists[winner % lists.length]);
  });

  it('another shop cannot see, edit, publish or delete my content, nor link my goods; theirs are refused to me', async () => {
    const other = await otherMerchant();
    const c = await create();
    for (const [method, path, body] of [
      ['PUT', `/merchant/contents/${c.id}`, article()],
      ['POST', `/merchant/contents/${c.id}/publish`, undefined],
      ['DELETE', `/merchant/contents/${c.id}`, undefined],
    ] as const) {
      const res = await live.call(method, path, other.token, body, last());
      expect([res.status, res.json.code]).toEqual([404, 'CONTENT_NOT_FOUND']);
    }
    expect((await live.call('GET', '/merchant/contents?limit=50', other.token)).json.items).toEqual([]);
    expect(await contentRow(c.id)).toMatchObject({ title: c.title, status: 'draft' });

    // My goods in their content, and their goods in mine: refused with the ids, nothing written.
    const theirs = await live.call('POST', '/merchant/goods', other.token, {
      title: '别家的橙子', images: ['https://img.example/o.jpg'], specs: [], skus: [{ specValues: [], priceFen: 1000, stock: 3 }],
    });
    expect(theirs.status).toBe(201);
    const count = () => live.withDb(async (db) => (await db.query(`SELECT count(*)::int AS n FROM contents`)).rows[0].n as number);
    const before = await count();
    const stolen = await live.call('POST', '/merchant/contents', other.token, article({ goodsIds: [ORANGE] }));
    expect([stolen.status, stolen.json.code, stolen.json.details.goodsIds]).toEqual([400, 'CONTENT_GOODS_INVALID', [ORANGE]]);
    const mixed = await live.call('PUT', `/merchant/contents/${c.id}`, merchant, article({ goodsIds: [ORANGE, theirs.json.id] }));
    expect([mixed.status, mixed.json.code]).toEqual([400, 'CONTENT_GOODS_INVALID']);
    const unknown = await live.call('POST', '/merchant/contents', merchant, article({ goodsIds: [randomUUID()] }));
    expect(unknown.json.code).toBe('CONTENT_GOODS_INVALID');
    expect(await count()).toBe(before);
    expect(await contentRow(c.id)).toMatchObject({ title: c.title });
    expect((await live.call('GET', '/merchant/contents?limit=50', merchant)).json.items.find((m: { id: string }) => m.id === c.id).goodsIds).toEqual([ORANGE]);

    // A buyer is no merchant at all.
    const buyer = await live.guest();
    expect((await live.call('POST', '/merchant/contents', buyer.accessToken, article())).status).toBe(403);

    const del = await live.call('DELETE', `/merchant/contents/${c.id}`, merchant);
    expect(del.json).toEqual({ ok: true });
    expect(await contentRow(c.id)).toBeUndefined();
    expect((await live.call('DELETE', `/merchant/contents/${c.id}`, merchant)).json.code).toBe('CONTENT_NOT_FOUND');
    expect(other.shopId).not.toBe(DEMO_MERCHANT);
  });

  it('refuses bad input with 400 and the failing fields, and changes nothing', async () => {
    const c = await create();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'video', title: '视频', videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
      [{ kind: 'video', title: '视频', videoUrl: 'http://cdn.example.com/v.mp4' }, 'videoUrl'],
      [{ kind: 'video', title: '视频', videoUrl: 'https:evil' }, 'videoUrl'],
      [{ kind: 'video', title: '视频' }, 'videoUrl'],
      [article({ coverUrl: 'data:image/png;base64,AAAA' }), 'coverUrl'],
      [article({ coverUrl: 'https://img.example.com/a.jpg" onerror="x' }), 'coverUrl'],
      [article({ title: '长'.repeat(61) }), 'title'],
      [article({ title: '   ' }), 'title'],
      [article({ body: '' }), 'body'],
      [article({ body: '字'.repeat(10_001) }), 'body'],
      [article({ summary: '概'.repeat(121) }), 'summary'],
      [article({ goodsIds: Array.from({ length: 11 }, () => randomUUID()) }), 'goodsIds'],
      [article({ goodsIds: [ORANGE, ORANGE] }), 'goodsIds'],
      [{ kind: 'poem', title: '诗' }, 'kind'],
    ];
    for (const [body, field] of cases) {
      const created = await live.call('POST', '/merchant/contents', merchant, body);
      const updated = await live.call('PUT', `/merchant/contents/${c.id}`, merchant, body, last());
      for (const res of [created, updated]) {
        expect([res.status, res.json.code]).toEqual([400, 'VALIDATION_FAILED']);
        expect(res.json.details.issues.map((i: { path: string[] }) => i.path.join('.'))).toContain(`body.${field}`);
      }
    }
    expect(await contentRow(c.id)).toMatchObject({ title: c.title, body: '第一段。\n\n第二段。', video_url: null, status: 'draft' });
    expect((await live.call('GET', '/contents/not-a-uuid')).status).toBe(400);

    // Switching kind replaces the payload: the article's body goes, the video's URL comes.
    const video = await live.call('PUT', `/merchant/contents/${c.id}`, merchant, { kind: 'video', title: '改成视频', videoUrl: 'https://cdn.example.com/v.mp4', goodsIds: [] });
    expect(video.json).toMatchObject({ kind: 'video', body: null, videoUrl: 'https://cdn.example.com/v.mp4', goodsIds: [] });
  });

  it('serves the seeded demo content: an article and a video linked to demo goods', async () => {
    const feed = (await live.call('GET', '/contents?limit=50')).json.items;
    const demo = feed.filter((c: { merchantId: string; id: string }) => c.merchantId === DEMO_MERCHANT && c.id.startsWith('6f1c2a52-'));
    expect(demo.map((c: { kind: string }) => c.kind).sort()).toEqual(['article', 'article', 'video']);
    expect(await goodsContentIds(ORANGE)).toContain('6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0501');
  });
});

import type { Notification } from '@livemall/shared';
import { allRead, linkUrl, markedRead } from './inbox-model';

const n = (i: number, readAt: string | null = null): Notification => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  kind: 'order_shipped',
  title: `t${i}`,
  body: 'b',
  link: null,
  createdAt: '2026-11-22T00:00:00.000Z',
  readAt,
});

describe('inbox-model', () => {
  it('drops the unread count once per item read', () => {
    const view = { items: [n(1), n(2)], unread: 5 };
    const once = markedRead(view, n(1, '2026-11-22T01:00:00.000Z'));
    expect(once.unread).toBe(4);
    expect(once.items[0]!.readAt).toBe('2026-11-22T01:00:00.000Z');
    // Reading it again (a second tap) changes nothing.
    expect(markedRead(once, n(1, '2026-11-22T01:00:00.000Z')).unread).toBe(4);
  });

  it('reads all, keeping the first readAt of items read before', () => {
    const view = allRead({ items: [n(1, '2026-11-21T00:00:00.000Z'), n(2)], unread: 1 }, '2026-11-22T02:00:00.000Z');
    expect(view.unread).toBe(0);
    expect(view.items.map((x) => x.readAt)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-22T02:00:00.000Z']);
  });

  it('turns a link into a page URL', () => {
    expect(linkUrl('subpackages/mall/order/index?id=1')).toBe('/subpackages/mall/order/index?id=1');
    expect(linkUrl('/pages/me/index')).toBe('/pages/me/index');
    expect(linkUrl(null)).toBeNull();
  });
});

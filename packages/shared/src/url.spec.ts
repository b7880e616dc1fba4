import { z } from 'zod';
import { wechatLoginRequestSchema } from './auth';
import { contentInputSchema } from './content';
import { createLiveRoomRequestSchema } from './live-host';
import { saveGoodsRequestSchema } from './mall';
import { updateProfileRequestSchema } from './member';
import { createRedPacketRequestSchema } from './red-packet';
import { httpsUrlSchema } from './url';

/** Every URL field a client sends that a phone or a viewer's browser later opens. */
const fields: Array<[string, (url: string) => boolean]> = [
  ['wechat login avatarUrl', (url) => wechatLoginRequestSchema.safeParse({ code: 'c', avatarUrl: url }).success],
  ['room coverUrl', (url) => createLiveRoomRequestSchema.safeParse({ title: 't', anchorName: 'a', coverUrl: url }).success],
  ['goods images', (url) => saveGoodsRequestSchema.safeParse({ title: 't', images: [url], skus: [{ specValues: [], priceFen: 1, stock: 1 }] }).success],
  ['goods videoUrl', (url) => saveGoodsRequestSchema.safeParse({ title: 't', images: ['https://e.com/a.jpg'], videoUrl: url, skus: [{ specValues: [], priceFen: 1, stock: 1 }] }).success],
  ['profile avatarUrl', (url) => updateProfileRequestSchema.safeParse({ avatarUrl: url }).success],
  [
    'red packet anchorAvatarUrl',
    (url) =>
      createRedPacketRequestSchema.safeParse({
        requestId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001', roomId: '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101', type: 'lucky', totalAmount: 100, totalCount: 1,
        validUntil: new Date(Date.now() + 600_000).toISOString(), anchorAvatarUrl: url,
      }).success,
  ],
  ['content coverUrl', (url) => contentInputSchema.safeParse({ kind: 'article', title: 't', body: 'b', coverUrl: url }).success],
];

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'http://example.com/a.jpg',
  'https:example.com',
  'https://exa mple.com/a.jpg',
  'https://example.com/a.jpg" onerror="alert(1)',
  `https://example.com/${'a'.repeat(600)}`,
];

describe('URLs a client opens', () => {
  it.each(fields)('%s takes an https URL', (_name, accepts) => {
    expect(accepts('https://cdn.example.com/img/a.jpg?x=1')).toBe(true);
  });

  it.each(fields)('%s refuses javascript:, data:, http: and broken URLs', (_name, accepts) => {
    expect(hostile.filter((url) => accepts(url))).toEqual([]);
  });

  it('is needed: zod url() alone takes script and data URLs', () => {
    expect(['javascript:alert(1)', 'data:text/html,x'].map((u) => z.string().url().safeParse(u).success)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'data:text/html,x'].map((u) => httpsUrlSchema.safeParse(u).success)).toEqual([false, false]);
  });
});

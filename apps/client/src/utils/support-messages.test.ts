import type { SupportMessage } from '@livemall/shared';
import { cursorOf, mergeMessages, newClientMsgId } from './support-messages';

const m = (id: string, text = `t${id}`): SupportMessage => ({ id, sender: 'user', text, createdAt: '2026-12-07T01:00:00.000Z' });

describe('support messages', () => {
  it('merges each message once, in id order, comparing ids as numbers', () => {
    const merged = mergeMessages([m('9'), m('10')], [m('10', 'again'), m('2'), m('11')]);
    expect(merged.map((x) => x.id)).toEqual(['2', '9', '10', '11']);
    expect(merged.find((x) => x.id === '10')!.text).toBe('again');
  });

  it('polls from the newest id, or keeps the old cursor when nothing is there', () => {
    expect(cursorOf([m('3'), m('12')], null)).toBe('12');
    expect(cursorOf([], '7')).toBe('7');
  });

  it('makes client ids the server accepts, different each time', () => {
    let n = 0;
    const random = () => (n++ % 2 ? 0.25 : 0.75);
    const a = newClientMsgId(1_000, random);
    const b = newClientMsgId(1_000, random);
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
  });
});

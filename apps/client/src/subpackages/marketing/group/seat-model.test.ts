import type { Group, GroupMember } from '@livemall/shared';
import { groupView, seatList } from './seat-model';

const member = (nickname: string, isStarter = false): GroupMember => ({ nickname, avatarUrl: null, isStarter, virtual: false });
const expiresAt = '2026-11-22T13:00:00.000Z';
const before = Date.parse(expiresAt) - 1000;

describe('seatList', () => {
  it('puts the starter first and fills the rest with empty seats up to the group size', () => {
    const seats = seatList({ groupSize: 4, members: [member('乙'), member('甲', true)] });
    expect(seats.map((s) => (s.kind === 'member' ? s.member.nickname : '空'))).toEqual(['甲', '乙', '空', '空']);
  });

  it('never shows more seats than the group has', () => {
    expect(seatList({ groupSize: 2, members: [member('甲', true), member('乙'), member('丙')] })).toHaveLength(2);
    expect(seatList({ groupSize: 3, members: [] }).every((s) => s.kind === 'empty')).toBe(true);
  });
});

describe('groupView', () => {
  const open: Pick<Group, 'status' | 'seatsLeft' | 'expiresAt'> = { status: 'open', seatsLeft: 2, expiresAt };
  it('lets others join an open group with seats until it expires', () => {
    expect(groupView(open, before)).toEqual({ kind: 'join', text: '还差 2 人成团' });
    expect(groupView(open, Date.parse(expiresAt)).kind).toBe('expired');
    expect(groupView({ ...open, seatsLeft: 0 }, before).kind).toBe('full');
    expect(groupView({ ...open, status: 'forming' }, before).kind).toBe('forming');
  });

  it('says how a finished group ended, whatever the clock', () => {
    expect(groupView({ ...open, status: 'succeeded' }, Date.parse(expiresAt) + 1).kind).toBe('succeeded');
    expect(groupView({ ...open, status: 'failed' }, before).text).toContain('退款');
  });
});

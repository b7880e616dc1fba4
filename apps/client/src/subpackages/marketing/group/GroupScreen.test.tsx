import { render, screen } from '@testing-library/react';
import { address, group, groupCard } from '@/test/marketing-fixtures';
import { GroupScreen } from './index';

jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(() => {
    throw new Error('no request expected');
  }),
);

const buyer = { addresses: [address], address, reload: async () => undefined };

describe('GroupScreen', () => {
  it('shows the members, the empty seats, the seats left, a countdown and a link to share', () => {
    const g = group({ expiresAt: new Date(Date.now() + 3_725_000).toISOString() });
    render(<GroupScreen group={g} card={groupCard()} buyer={buyer} onChanged={jest.fn()} />);
    expect(document.querySelectorAll('.mk-seat--taken')).toHaveLength(1);
    expect(document.querySelectorAll('.mk-seat--empty')).toHaveLength(2);
    expect(screen.getByText('团长')).toBeTruthy();
    expect(document.getElementById('group-seats-left')!.textContent).toBe('1/3 人 · 剩 2 个名额');
    expect(document.getElementById('group-countdown')!.textContent).toMatch(/^剩余01:02:0[45]$/);
    expect(document.getElementById('group-share-link')!.textContent).toBe(`http://localhost/#/subpackages/marketing/group/index?id=${g.id}`);
    expect(document.getElementById('group-join')!.textContent).toBe('参团 ¥39.00');
  });

  it('offers no join on a full or finished group', () => {
    const { rerender } = render(<GroupScreen group={group({ seatsLeft: 0, seatsTaken: 3 })} card={groupCard()} buyer={buyer} onChanged={jest.fn()} />);
    expect(document.getElementById('group-join')!.className).toContain('mall-btn--off');
    expect(document.getElementById('group-join')!.textContent).toBe('已满员');
    rerender(<GroupScreen group={group({ status: 'succeeded', seatsLeft: 0 })} card={groupCard()} buyer={buyer} onChanged={jest.fn()} />);
    expect(document.getElementById('group-state')!.textContent).toBe('拼团成功');
    expect(document.getElementById('group-share')).toBeNull();
  });
});

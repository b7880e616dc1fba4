import { render, screen } from '@testing-library/react';
import { user } from '@/test/fixtures';
import { UserCard } from './index';

describe('UserCard', () => {
  it('shows the nickname under a stable id, the short id, the provider and the roles', () => {
    const { container } = render(<UserCard user={user} />);
    expect(container.querySelector('#me-nickname')?.textContent).toBe('游客4e5f');
    expect(screen.getByText('ID 0b6c7a52')).toBeTruthy();
    expect(screen.getByText('游客')).toBeTruthy();
    expect(screen.getByText('用户')).toBeTruthy();
  });

  it('names a WeChat merchant as such', () => {
    render(<UserCard user={{ ...user, provider: 'wechat', roles: ['user', 'merchant'] }} />);
    expect(screen.getByText('微信')).toBeTruthy();
    expect(screen.getByText('商家')).toBeTruthy();
  });
});

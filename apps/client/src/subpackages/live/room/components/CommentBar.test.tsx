import { render, screen } from '@testing-library/react';
import { commentErrorText } from '../comment-error';
import { CommentBar } from './CommentBar';

const noop = () => true;

describe('CommentBar', () => {
  it('says in words when the viewer is muted or banned, instead of an input', () => {
    const { container, rerender } = render(<CommentBar mode='muted' error={null} onSend={noop} onLogin={jest.fn()} />);
    expect(screen.getByText('你已被主播禁言，暂时不能发弹幕')).toBeTruthy();
    expect(container.querySelector('#live-comment-input')).toBeNull();
    rerender(<CommentBar mode='banned' error={null} onSend={noop} onLogin={jest.fn()} />);
    expect(screen.getByText('你已被主播移出直播间，不能发弹幕和送礼')).toBeTruthy();
  });

  it('shows the server’s USER_MUTED and USER_BANNED answers in words', () => {
    expect(commentErrorText('USER_MUTED')).toBe('你已被主播禁言，暂时不能发弹幕');
    expect(commentErrorText('USER_BANNED')).toBe('你已被主播移出直播间，不能发弹幕');
    render(<CommentBar mode='open' error={commentErrorText('USER_MUTED')} onSend={noop} onLogin={jest.fn()} />);
    expect(screen.getByText('你已被主播禁言，暂时不能发弹幕')).toBeTruthy();
  });
});

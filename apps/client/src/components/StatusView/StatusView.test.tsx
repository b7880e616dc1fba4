import { fireEvent, render, screen } from '@testing-library/react';
import { StatusView } from './index';

describe('StatusView', () => {
  it('says what is happening', () => {
    render(<StatusView kind='empty' text='暂时没有直播' />);
    expect(screen.getByText('暂时没有直播')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('offers a retry on errors and calls it when tapped', () => {
    const onRetry = jest.fn();
    render(<StatusView kind='error' text='网络不给力' onRetry={onRetry} />);
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

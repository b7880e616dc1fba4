import { fireEvent, render, screen } from '@testing-library/react';
import { user } from '@/test/fixtures';
import { drawnLottery, openLottery } from '@/test/live-fixtures';
import { LotteryCard } from './LotteryCard';

const idle = { status: 'idle' } as const;

describe('LotteryCard', () => {
  it('says how to take part and counts down; the keyword goes out with one tap', () => {
    const onJoin = jest.fn();
    const now = Date.parse(openLottery.endsAt) - 65_000;
    render(<LotteryCard lottery={openLottery} youId={user.id} check={idle} onVerify={jest.fn()} onJoin={onJoin} now={now} />);
    expect(screen.getByText('赣南脐橙一箱 × 1')).toBeTruthy();
    expect(screen.getByText('发送弹幕「想要」参与')).toBeTruthy();
    expect(screen.getByText('01:05 后开奖')).toBeTruthy();
    fireEvent.click(screen.getByText('一键发送口令'));
    expect(onJoin).toHaveBeenCalledWith('想要');
  });

  it('tells a winner they won, and someone else that they did not', () => {
    const { rerender } = render(<LotteryCard lottery={drawnLottery} youId={user.id} check={idle} onVerify={jest.fn()} />);
    expect(screen.getByText('你中奖了')).toBeTruthy();
    expect(screen.getByText(`中奖：${user.nickname}`)).toBeTruthy();
    rerender(<LotteryCard lottery={drawnLottery} youId='11111111-1111-4111-8111-111111111111' check={idle} onVerify={jest.fn()} />);
    expect(screen.getByText('很遗憾，这次没有中奖')).toBeTruthy();
  });

  it('offers 验证 once drawn and shows the outcome of the check', () => {
    const onVerify = jest.fn();
    const { rerender } = render(<LotteryCard lottery={drawnLottery} youId={null} check={idle} onVerify={onVerify} />);
    fireEvent.click(screen.getByText('验证'));
    expect(onVerify).toHaveBeenCalledTimes(1);
    rerender(<LotteryCard lottery={drawnLottery} youId={null} check={{ status: 'done', ok: false, text: '验证未通过' }} onVerify={onVerify} />);
    expect(screen.getByText('验证未通过').className).toContain('lottery-card__check--bad');
    expect(screen.queryByText('验证')).toBeNull();
  });
});

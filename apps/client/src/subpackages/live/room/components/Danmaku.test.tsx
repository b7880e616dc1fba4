import { render } from '@testing-library/react';
import { comment } from '@/test/live-fixtures';
import { Danmaku, DANMAKU_VISIBLE } from './Danmaku';

const many = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => comment(from + i));

describe('Danmaku', () => {
  it('shows every comment while there are few', () => {
    const { container } = render(<Danmaku comments={many(1, 3)} />);
    expect([...container.querySelectorAll('.danmaku__text')].map((n) => n.textContent)).toEqual(['弹幕1', '弹幕2', '弹幕3']);
  });

  it('shows only the newest lines under a flood, oldest first', () => {
    const { container, getByText, queryByText } = render(<Danmaku comments={many(1, 500)} />);
    const lines = container.querySelectorAll('.danmaku__line');
    expect(lines).toHaveLength(DANMAKU_VISIBLE);
    expect(lines[lines.length - 1]!.textContent).toBe('观众500：弹幕500');
    expect(getByText(`弹幕${500 - DANMAKU_VISIBLE + 1}`)).toBeTruthy();
    expect(queryByText(`弹幕${500 - DANMAKU_VISIBLE}`)).toBeNull();
  });

  it('keeps the lines already on screen when new ones arrive', () => {
    const { container, rerender } = render(<Danmaku comments={many(1, 60)} />);
    const before = container.querySelector('.danmaku__line:last-child');
    rerender(<Danmaku comments={many(1, 61)} />);
    // The same node, not a rebuilt one: only the new line mounts.
    expect([...container.querySelectorAll('.danmaku__line')].includes(before!)).toBe(true);
    expect(container.querySelectorAll('.danmaku__line')).toHaveLength(DANMAKU_VISIBLE);
  });
});

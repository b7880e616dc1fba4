import { fireEvent, render, screen } from '@testing-library/react';
import { contentCard } from '@/test/content-fixtures';
import { ContentCard } from './ContentCard';

describe('ContentCard', () => {
  it('shows the title, the kind, the summary and the views, and opens the content on a tap', () => {
    const onOpen = jest.fn();
    const c = contentCard(1, { kind: 'video', summary: '冷链直发', viewCount: 12_345 });
    render(<ContentCard content={c} onOpen={onOpen} />);
    expect(screen.getByText('种草1')).toBeTruthy();
    expect(screen.getByText('视频')).toBeTruthy();
    expect(screen.getByText('冷链直发')).toBeTruthy();
    expect(screen.getByText('1.2万 浏览')).toBeTruthy();
    fireEvent.click(document.getElementById(`content-card-${c.id}`)!);
    expect(onOpen).toHaveBeenCalledWith(c);
  });

  it('marks an article as 图文 and leaves out a missing summary', () => {
    render(<ContentCard content={contentCard(2, { viewCount: 0 })} onOpen={jest.fn()} />);
    expect(screen.getByText('图文')).toBeTruthy();
    expect(screen.getByText('0 浏览')).toBeTruthy();
    expect(document.querySelector('.content-card__summary')).toBeNull();
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { liveRoom } from '@/test/fixtures';
import { RoomCard } from './index';

describe('RoomCard', () => {
  it('shows the title, the anchor and a 直播中 badge for a live room', () => {
    render(<RoomCard room={liveRoom} />);
    expect(screen.getByText('双十一茶叶专场')).toBeTruthy();
    expect(screen.getByText('茶小二')).toBeTruthy();
    expect(screen.getByText('直播中')).toBeTruthy();
  });

  it('shows 预告 and the start time for a scheduled room', () => {
    const startsAt = new Date(2025, 10, 23, 20, 5).toISOString();
    render(<RoomCard room={{ ...liveRoom, status: 'scheduled', scheduledAt: startsAt }} />);
    expect(screen.getByText('预告')).toBeTruthy();
    expect(screen.getByText('11月23日 20:05 开播')).toBeTruthy();
  });

  it('shows 已结束 for an ended room', () => {
    render(<RoomCard room={{ ...liveRoom, status: 'ended' }} />);
    expect(screen.getByText('已结束')).toBeTruthy();
  });

  it('hands the room to onOpen when tapped', () => {
    const onOpen = jest.fn();
    render(<RoomCard room={liveRoom} onOpen={onOpen} />);
    fireEvent.click(screen.getByText('双十一茶叶专场'));
    expect(onOpen).toHaveBeenCalledWith(liveRoom);
  });

  it('toggles the reminder without opening the room, and ignores taps while one is on its way', () => {
    const onOpen = jest.fn();
    const onToggle = jest.fn();
    const room = { ...liveRoom, status: 'scheduled' as const };
    const { rerender } = render(<RoomCard room={room} onOpen={onOpen} reminder={{ reminded: false, pending: false, onToggle }} />);
    fireEvent.click(screen.getByText('提醒我'));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalled();

    rerender(<RoomCard room={room} onOpen={onOpen} reminder={{ reminded: true, pending: true, onToggle }} />);
    fireEvent.click(screen.getByText('已预约'));
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});

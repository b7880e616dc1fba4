import { act, renderHook } from '@testing-library/react';
import { useSession } from '../../auth/session';
import { useRoomSocket, type PanelSocket } from './useRoomSocket';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const U1 = '11111111-1111-4111-8111-111111111111';

class FakeSocket implements PanelSocket {
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  sent: string[] = [];
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.onclose?.();
  }
  frame(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
}

const snapshot = {
  room: { id: ROOM, merchantId: U1, title: 't', coverUrl: null, anchorName: 'a', status: 'live', scheduledAt: null, playUrls: null, startedAt: null, endedAt: null, reminders: 0 },
  online: 2,
  likes: 0,
  recentComments: [],
  pinned: null,
  redPackets: [],
  lottery: null,
  seq: 7,
  you: null,
};

describe('useRoomSocket', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    useSession.getState().signIn({ accessToken: 'tok en', refreshToken: 'r', accessExpiresIn: 900, user: { id: U1, nickname: 'n', avatarUrl: null, roles: ['merchant'] } } as never, { userId: U1, nickname: 'n', merchantId: U1, merchantName: 's', role: 'owner' , login: null });
  });
  afterEach(() => jest.useRealTimers());

  it('connects with the staff token, folds frames, and resumes after the last seq on reconnect', async () => {
    const sockets: FakeSocket[] = [];
    const open = (url: string) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    };
    const { result, unmount } = renderHook(() => useRoomSocket(ROOM, open));
    expect(sockets[0]!.url).toBe(`ws://localhost/ws/rooms/${ROOM}?token=tok+en`);
    act(() => {
      sockets[0]!.onopen?.();
      sockets[0]!.frame({ type: 'snapshot', snapshot });
      sockets[0]!.frame({ type: 'events', events: [{ type: 'comment', seq: 8, comment: { id: 'c', userId: U1, nickname: 'n', text: 'hi', at: 1 } }, { type: 'online', seq: 9, count: 5 }] });
    });
    expect(result.current).toMatchObject({ socket: 'open', online: 5, seq: 9 });
    expect(result.current.comments.map((c) => c.text)).toEqual(['hi']);

    act(() => sockets[0]!.close());
    expect(result.current.socket).toBe('reconnecting');
    await act(async () => {
      await Promise.resolve();
      jest.advanceTimersByTime(1_000);
    });
    expect(sockets).toHaveLength(2);
    expect(sockets[1]!.url).toContain('since=9');
    act(() => sockets[1]!.onopen?.());
    expect(result.current.socket).toBe('open');

    unmount();
    expect(sockets).toHaveLength(2);
  });
});

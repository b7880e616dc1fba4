import { fakeRequest, json } from '@/test/fake-request';
import { createReminderStore } from './reminder-store';

const mockRequest = jest.fn();
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof import('@/test/taro-with-fake-request')>('@/test/taro-with-fake-request').taroWithRequest(
    (options) => mockRequest(options),
  ),
);

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0102';
const OTHER = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0103';

describe('reminder store', () => {
  it('starts from the user’s reminders, then toggles with PUT and DELETE', async () => {
    const server = new Set([OTHER]);
    const fake = fakeRequest((c) => {
      if (c.method === 'GET' && c.url.endsWith('/me/room-reminders')) return json(200, { roomIds: [...server] });
      const id = /\/live-rooms\/([^/]+)\/reminder$/.exec(c.url)?.[1];
      if (!id) return json(404, { code: 'NOT_FOUND', message: 'x' });
      if (c.method === 'PUT') server.add(id);
      if (c.method === 'DELETE') server.delete(id);
      return json(200, { roomId: id, reminded: server.has(id) });
    });
    mockRequest.mockImplementation(fake.request);

    const store = createReminderStore();
    await store.getState().load();
    expect(store.getState().reminded).toEqual({ [OTHER]: true });

    await store.getState().toggle(ROOM);
    expect(store.getState().reminded).toEqual({ [OTHER]: true, [ROOM]: true });
    await store.getState().toggle(OTHER);
    expect(store.getState().reminded).toEqual({ [ROOM]: true });
    expect(fake.calls.map((c) => `${c.method} ${c.url.replace(/^https?:\/\/[^/]+/, '')}`)).toEqual([
      'GET /me/room-reminders',
      `PUT /live-rooms/${ROOM}/reminder`,
      `DELETE /live-rooms/${OTHER}/reminder`,
    ]);
    expect(store.getState().pending).toEqual({});
  });

  it('sends one request for a double tap', async () => {
    let release: () => void = () => undefined;
    const fake = fakeRequest(
      () => new Promise((resolve) => (release = () => resolve(json(200, { roomId: ROOM, reminded: true })))),
    );
    mockRequest.mockImplementation(fake.request);
    const store = createReminderStore();
    const first = store.getState().toggle(ROOM);
    await store.getState().toggle(ROOM);
    expect(store.getState().pending).toEqual({ [ROOM]: true });
    await Promise.resolve();
    release();
    await first;
    expect(fake.calls).toHaveLength(1);
    expect(store.getState().reminded).toEqual({ [ROOM]: true });
  });

  it('keeps the old state and says why when the room already started', async () => {
    mockRequest.mockImplementation(fakeRequest(() => json(409, { code: 'ROOM_STATE_CONFLICT', message: 'live' })).request);
    const store = createReminderStore();
    await store.getState().toggle(ROOM);
    expect(store.getState().reminded).toEqual({});
    expect(store.getState().error).toBe('直播已开始或已结束，无需预约');
  });
});

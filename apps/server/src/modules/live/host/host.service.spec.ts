import type { GoodsSummary } from '@livemall/shared';
import { strictFake } from '../../../../test/support/strict-fake';
import { fixedClock } from '../../../common/clock/clock';
import type { Jobs } from '../../../jobs/jobs';
import type { RoomLiveNotices } from '../../notifications/room-live-notices';
import type { RoomBus, RoomEventInput } from '../room/room-bus';
import type { RoomService } from '../room/room.service';
import { NoStreamSigner } from '../streams/no-stream-signer';
import type { HostRoomRow, HostRoomsRepository } from './host-rooms.repository';
import { HostRoomsService } from './host-rooms.service';
import type { RoomOwnership } from './room-ownership';
import { SCHEDULE_AHEAD_MAX_DAYS, SCHEDULED_PUSH_QUEUE, SchedulesService } from './schedules.service';
import type { SchedulesRepository } from './schedules.repository';

const ROOM = '00000000-0000-4000-8000-000000000001';
const row = (status: HostRoomRow['status']): HostRoomRow => ({
  id: ROOM, seq: 1, merchantId: 'm1', title: 't', coverUrl: null, anchorName: 'a', status,
  scheduledAt: null, startedAt: null, endedAt: null, reminders: 0,
});

describe('HostRoomsService: room state changes', () => {
  /** `meanwhile`: what the room became between the caller's read and its update (another request). */
  function world(status: HostRoomRow['status'], changed: boolean, meanwhile?: HostRoomRow['status']) {
    let current = meanwhile ?? status;
    const published: RoomEventInput[] = [];
    const rooms = strictFake<HostRoomsRepository>('rooms', {
      find: async () => row(current),
      start: async () => {
        if (changed) current = 'live';
        return changed;
      },
      end: async () => {
        if (changed) current = 'ended';
        return changed;
      },
    });
    const ownership = strictFake<RoomOwnership>('ownership', { room: async () => row(status) });
    const bus = strictFake<RoomBus>('bus', { publish: async (_roomId, event) => (published.push(event), { ...event, seq: published.length }) as never });
    const liveNotices = strictFake<RoomLiveNotices>('liveNotices', { wentLive: async () => void published.push({ type: 'reminders told' } as never) });
    return { service: new HostRoomsService(rooms, ownership, new NoStreamSigner(), bus, liveNotices), published };
  }

  it('tells the room when a start changes it, and nobody when it was already live', async () => {
    const first = world('scheduled', true);
    expect(await first.service.start('u', ROOM)).toMatchObject({ status: 'live', pushUrl: null });
    expect(first.published).toEqual([{ type: 'room_state', status: 'live' }, { type: 'reminders told' }]);
    const again = world('live', false);
    expect((await again.service.start('u', ROOM)).status).toBe('live');
    expect(again.published).toEqual([]);
  });

  it('refuses to start an ended room, and to start one that ended while it was being started', async () => {
    await expect(world('ended', false).service.start('u', ROOM)).rejects.toMatchObject({ code: 'ROOM_STATE_CONFLICT' });
    const raced = world('scheduled', false, 'ended');
    await expect(raced.service.start('u', ROOM)).rejects.toMatchObject({ code: 'ROOM_STATE_CONFLICT' });
    expect(raced.published).toEqual([]);
  });

  it('ends once: a repeated end is a no-op', async () => {
    const first = world('live', true);
    expect((await first.service.end('u', ROOM)).status).toBe('ended');
    expect(first.published).toEqual([{ type: 'room_state', status: 'ended' }]);
    const again = world('ended', false);
    expect((await again.service.end('u', ROOM)).status).toBe('ended');
    expect(again.published).toEqual([]);
  });
});

describe('SchedulesService', () => {
  const NOW = new Date('2025-11-24T12:00:00.000Z');
  const goods: GoodsSummary = { id: '00000000-0000-4000-8000-0000000000a1', merchantId: 'm1', title: 'g', coverUrl: null, priceFen: 100, stock: 1 };

  function world(opts: { claim?: Awaited<ReturnType<SchedulesRepository['claim']>> } = {}) {
    const sent: Array<{ queue: string; runAt: Date; key: string }> = [];
    const shown: unknown[] = [];
    const schedules = strictFake<SchedulesRepository>('schedules', {
      shelvedGoods: async () => goods,
      insert: async () => 'schedule-1',
      find: async () => ({ id: 'schedule-1', roomId: ROOM, goods, at: NOW.toISOString(), pin: true, status: 'pending', merchantId: 'm1' }),
      claim: async () => opts.claim ?? null,
    });
    const ownership = strictFake<RoomOwnership>('ownership', { floorRoom: async () => row('live') });
    const room = strictFake<RoomService>('room', { showGoods: async (...args: unknown[]) => void shown.push(args) });
    const jobs = strictFake<Jobs>('jobs', { schedule: async (queue: string, _data: object, runAt: Date, key: string) => void sent.push({ queue, runAt, key }) });
    return { service: new SchedulesService(schedules, ownership, room, jobs, fixedClock(NOW)), sent, shown };
  }

  it.each([
    ['now', 0, false],
    ['a millisecond ahead', 1, true],
    [`exactly ${SCHEDULE_AHEAD_MAX_DAYS} days ahead`, SCHEDULE_AHEAD_MAX_DAYS * 86_400_000, true],
    [`a millisecond past ${SCHEDULE_AHEAD_MAX_DAYS} days`, SCHEDULE_AHEAD_MAX_DAYS * 86_400_000 + 1, false],
    ['in the past', -60_000, false],
  ])('takes a time %s: %s', async (_name, aheadMs, ok) => {
    const { service, sent } = world();
    const at = new Date(NOW.getTime() + aheadMs);
    const result = service.create('u', ROOM, { goodsId: goods.id, at: at.toISOString(), pin: true });
    if (ok) {
      await expect(result).resolves.toMatchObject({ id: 'schedule-1', status: 'pending' });
      expect(sent).toEqual([{ queue: SCHEDULED_PUSH_QUEUE, runAt: at, key: 'schedule-1' }]);
    } else {
      await expect(result).rejects.toMatchObject({ code: 'SCHEDULE_TIME_INVALID' });
      expect(sent).toEqual([]);
    }
  });

  it('shows the goods only when its claim wins', async () => {
    const lost = world();
    expect(await lost.service.run('schedule-1')).toBe(false);
    expect(lost.shown).toEqual([]);
    const won = world({ claim: { roomId: ROOM, pin: false, goods } });
    expect(await won.service.run('schedule-1')).toBe(true);
    expect(won.shown).toEqual([[ROOM, goods, false]]);
  });
});

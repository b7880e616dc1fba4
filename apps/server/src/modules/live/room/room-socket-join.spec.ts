import { EventEmitter } from 'node:events';
import type { RoomEvent, RoomSnapshot } from '@livemall/shared';
import type { WebSocket } from 'ws';
import { strictFake } from '../../../../test/support/strict-fake';
import type { TokensService } from '../../auth/tokens.service';
import type { CommentsService } from './comments.service';
import type { LikesService } from './likes.service';
import type { RoomBus } from './room-bus';
import type { RoomActivity } from './room-activity';
import { RoomHub } from './room-hub';
import type { RoomRepository } from './room.repository';
import type { RoomService } from './room.service';
import { RoomSocketServer } from './room-socket-server';

const ROOM = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0101';
const USER = '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001';
const comment = (seq: number): RoomEvent => ({ type: 'comment', seq, comment: { id: `c${seq}`, userId: USER, nickname: 'n', text: `#${seq}`, at: 0 } });

/** A promise the test settles when it chooses: the join's read is "slow" for exactly as long as needed. */
function later<T>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

/** The room's seqs in the order a client would receive them, frame by frame. */
function socket() {
  const frames: Array<{ type: string; events?: RoomEvent[]; snapshot?: { seq: number } }> = [];
  const ws = Object.assign(new EventEmitter(), {
    bufferedAmount: 0,
    send: (data: Buffer | string) => frames.push(JSON.parse(String(data))),
    close: () => undefined,
    terminate: () => undefined,
  });
  const order = (): Array<string | number> => frames.flatMap((f): Array<string | number> => (f.type === 'snapshot' ? [`snapshot@${f.snapshot!.seq}`] : (f.events ?? []).map((e) => e.seq)));
  return { ws: ws as unknown as WebSocket, order };
}

function serverWith(bus: Partial<RoomBus>, room: Partial<RoomService> = {}) {
  const hub = new RoomHub();
  const server = new RoomSocketServer(
    hub,
    strictFake<RoomService>('room', room),
    strictFake<RoomRepository>('rooms', {}),
    strictFake<CommentsService>('comments', {}),
    strictFake<LikesService>('likes', {}),
    strictFake<TokensService>('tokens', {}),
    strictFake<RoomActivity>('activity', {}),
    strictFake<RoomBus>('bus', { subscribe: () => undefined, ...bus }),
  );
  hub.stop();
  const join = (ws: WebSocket, since?: number) => (server as unknown as { join(ws: WebSocket, roomId: string, user: null, since?: number): Promise<void> }).join(ws, ROOM, null, since);
  return { hub, join };
}

describe('RoomSocketServer: a joining viewer', () => {
  it('resumes with the missed events first, even when a room tick falls while they are read', async () => {
    const missed = later<RoomEvent[]>();
    const { hub, join } = serverWith({ since: () => missed.promise });
    const { ws, order } = socket();
    const joining = join(ws, 4);
    // Event 7 is published and the room ticks before the resume read comes back.
    hub.deliver(ROOM, comment(7));
    hub.flush(Date.now() + 1000);
    missed.settle([comment(5), comment(6), comment(7)]);
    await joining;
    hub.deliver(ROOM, comment(8));
    hub.flush(Date.now() + 2000);
    // 7 ahead of 5 and 6 would make the client drop them as old.
    expect(order()).toEqual([5, 6, 7, 8]);
  });

  it('sends a snapshot before any live event, then only the events newer than it', async () => {
    const snapshot = later<RoomSnapshot>();
    const { hub, join } = serverWith({}, { snapshot: () => snapshot.promise });
    const { ws, order } = socket();
    const joining = join(ws);
    hub.deliver(ROOM, comment(8));
    hub.deliver(ROOM, comment(9));
    hub.flush(Date.now() + 1000);
    snapshot.settle({ seq: 8 } as RoomSnapshot);
    await joining;
    expect(order()).toEqual(['snapshot@8', 9]);
  });
});

import type { GrabResult, RedPacket } from '@livemall/shared';
import { ApiError } from '@/services/api-error';
import { redPacket } from '@/test/fixtures';
import { createRedPacketStore, OPENING_MS, type RedPacketDeps } from './red-packet-store';

/** Strict fakes: a call nobody set up fails the test. */
function deps(overrides: Partial<RedPacketDeps> = {}) {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected ${name}`));
  return {
    fetchPacket: jest.fn<Promise<RedPacket>, [string]>(unexpected('fetchPacket')),
    grab: jest.fn<Promise<GrabResult>, [string]>(unexpected('grab')),
    loggedIn: jest.fn(() => Promise.resolve(true)),
    wait: jest.fn(() => Promise.resolve()),
    ...overrides,
  };
}

const grabbed = (amount: number): GrabResult => ({
  amount,
  seq: 0,
  packet: { ...redPacket, remainingAmount: 1000 - amount, remainingCount: 4, myGrab: { amount, seq: 0 } },
});

describe('red-packet store', () => {
  it('loads a packet that can be opened and shows the button', async () => {
    const d = deps({ fetchPacket: jest.fn(() => Promise.resolve(redPacket)) });
    const store = createRedPacketStore(redPacket.id, d);
    await store.getState().load();
    expect(d.fetchPacket).toHaveBeenCalledWith(redPacket.id);
    expect(store.getState()).toMatchObject({ status: 'ready', phase: 'closed', outcome: null, packet: redPacket });
  });

  it('goes straight to the amount when I grabbed before', async () => {
    const store = createRedPacketStore(redPacket.id, deps({ fetchPacket: () => Promise.resolve({ ...redPacket, myGrab: { amount: 250, seq: 1 } }) }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'opened', outcome: { kind: 'amount', amount: 250 } });
  });

  it('says what failed when the packet cannot load', async () => {
    const store = createRedPacketStore(redPacket.id, deps({ fetchPacket: () => Promise.reject(new ApiError('RED_PACKET_NOT_FOUND', 404, 'x')) }));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'error', packet: null, error: '出错了，请稍后再试' });
  });

  it('spins for the whole animation, then shows the amount and the updated packet', async () => {
    let endAnimation!: () => void;
    const d = deps({ grab: () => Promise.resolve(grabbed(233)), wait: jest.fn(() => new Promise<void>((resolve) => (endAnimation = resolve))) });
    const store = createRedPacketStore(redPacket.id, d);

    const opening = store.getState().open();
    expect(store.getState().phase).toBe('opening');
    await Promise.resolve();
    expect(d.wait).toHaveBeenCalledWith(OPENING_MS);
    // The grab answered, but the button keeps turning until the animation is through.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().phase).toBe('opening');

    endAnimation();
    await opening;
    expect(store.getState()).toMatchObject({ phase: 'opened', outcome: { kind: 'amount', amount: 233, note: null }, packet: { remainingCount: 4 } });
  });

  it('grabs once however often the button is tapped while it spins', async () => {
    const d = deps({ grab: jest.fn(() => Promise.resolve(grabbed(100))) });
    const store = createRedPacketStore(redPacket.id, d);
    await Promise.all([store.getState().open(), store.getState().open()]);
    expect(d.grab).toHaveBeenCalledTimes(1);
  });

  it('shows the first amount of a repeat grab', async () => {
    const store = createRedPacketStore(redPacket.id, deps({ grab: () => Promise.reject(new ApiError('ALREADY_GRABBED', 409, 'x', { amount: 188, seq: 3 })) }));
    await store.getState().open();
    expect(store.getState()).toMatchObject({ phase: 'opened', outcome: { kind: 'amount', amount: 188, note: '你已经领过了' } });
  });

  it('keeps the button after a network failure so the user can retry', async () => {
    const store = createRedPacketStore(redPacket.id, deps({ grab: () => Promise.reject(new ApiError('NETWORK_ERROR', 0, 'timeout')) }));
    await store.getState().open();
    expect(store.getState()).toMatchObject({ phase: 'closed', outcome: { kind: 'reason', retry: true } });
  });

  it('asks to log in without calling the server when nobody is logged in', async () => {
    const d = deps({ loggedIn: () => Promise.resolve(false) });
    const store = createRedPacketStore(redPacket.id, d);
    await store.getState().open();
    expect(d.grab).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ phase: 'opened', outcome: { kind: 'login', reason: '登录后才能抢红包' } });
  });

  it('keeps the amount on screen when the packet reloads', async () => {
    const d = deps({ grab: () => Promise.resolve(grabbed(233)), fetchPacket: () => Promise.resolve({ ...redPacket, status: 'finished', remainingCount: 0 }) });
    const store = createRedPacketStore(redPacket.id, d);
    await store.getState().open();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ outcome: { kind: 'amount', amount: 233 }, packet: { status: 'finished' } });
  });

  it('offers the button again after logging in', async () => {
    const d = deps({ loggedIn: () => Promise.resolve(false), fetchPacket: () => Promise.resolve(redPacket) });
    const store = createRedPacketStore(redPacket.id, d);
    await store.getState().open();
    await store.getState().load();
    expect(store.getState()).toMatchObject({ phase: 'closed', outcome: null });
  });
});

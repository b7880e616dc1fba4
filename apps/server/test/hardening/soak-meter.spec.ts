import { SoakMeter } from './support/soak-meter';

// The soak passes on "zero unexpected errors": this is what keeps a real failure from hiding among the
// refusals the scenario expects.
describe('the soak meter', () => {
  it('counts only the refusals a kind expects as business answers, anything else as unexpected', () => {
    const m = new SoakMeter();
    m.answered('grab', 409, 'ALREADY_GRABBED', 3);
    m.answered('grab', 410, 'RED_PACKET_EMPTY', 3);
    m.answered('order', 409, 'OUT_OF_STOCK', 5);
    m.answered('comment', 429, 'RATE_LIMITED', 1);
    m.answered('order', 410, 'RED_PACKET_EMPTY', 5);
    m.answered('grab', 500, 'INTERNAL_ERROR', 9);
    m.answered('grab', 503, 'RED_PACKET_EMPTY', 9);
    m.answered('cart', 400, 'VALIDATION_FAILED', 2);
    m.answered('pay', 404, undefined, 2);
    m.unexpected('join', 'socket closed by the server: 1006');
    const totals = m.totalsSoFar();
    expect(totals.refused).toEqual({ ALREADY_GRABBED: 1, RED_PACKET_EMPTY: 1, OUT_OF_STOCK: 1, RATE_LIMITED: 1 });
    expect(totals.unexpected).toBe(6);
    expect(totals.firstUnexpected).toEqual([
      'order: 410 RED_PACKET_EMPTY',
      'grab: 500 INTERNAL_ERROR',
      'grab: 503 RED_PACKET_EMPTY',
      'cart: 400 VALIDATION_FAILED',
      'pay: 404 no code',
      'join: socket closed by the server: 1006',
    ]);
  });

  it('closes a window with its rates and percentiles and starts the next one empty, keeping the totals', () => {
    const m = new SoakMeter();
    for (let i = 1; i <= 100; i++) m.ok('comment', i);
    m.answered('grab', 410, 'RED_PACKET_EMPTY', 7);
    const first = m.take();
    expect(first.kinds.comment).toMatchObject({ ok: 100, p50: 51, p99: 100, unexpected: 0 });
    expect(first.kinds.grab).toMatchObject({ ok: 0, refused: { RED_PACKET_EMPTY: 1 } });
    expect(first.opsPerS * first.seconds).toBeCloseTo(101);
    expect(m.take().kinds).toEqual({});
    expect(m.totalsSoFar().kinds.comment?.ok).toBe(100);
  });
});

import { ApiError } from '@/services/api-error';
import { redPacket } from '@/test/fixtures';
import { outcomeFromError, outcomeFromGrab, outcomeFromPacket } from './grab-outcome';

const apiError = (code: ConstructorParameters<typeof ApiError>[0], status: number, details?: Record<string, unknown>) =>
  new ApiError(code, status, 'server text the client must not show', details);

describe('outcomeFromGrab', () => {
  it('shows the grabbed amount', () => {
    expect(outcomeFromGrab({ amount: 233 })).toEqual({ kind: 'amount', amount: 233, note: null });
  });
});

describe('outcomeFromError', () => {
  it('shows the first grab of a repeat as the result, with a note', () => {
    expect(outcomeFromError(apiError('ALREADY_GRABBED', 409, { amount: 188, seq: 2 }))).toEqual({ kind: 'amount', amount: 188, note: '你已经领过了' });
  });

  it('still says "already grabbed" when the server left the amount out', () => {
    expect(outcomeFromError(apiError('ALREADY_GRABBED', 409))).toEqual({ kind: 'reason', reason: '你已经领过了', retry: false });
    expect(outcomeFromError(apiError('ALREADY_GRABBED', 409, { amount: '1.88' }))).toMatchObject({ kind: 'reason' });
  });

  it.each([
    ['RED_PACKET_EMPTY', 410, '手慢了，红包派完了', false],
    ['RED_PACKET_EXPIRED', 410, '红包已过期', false],
    ['RED_PACKET_NOT_STARTED', 409, '红包还没开始', true],
    ['RED_PACKET_NOT_FOUND', 404, '红包不存在', false],
  ] as const)('explains %s in Chinese', (code, status, reason, retry) => {
    expect(outcomeFromError(apiError(code, status))).toEqual({ kind: 'reason', reason, retry });
  });

  it('asks a logged-out user to log in', () => {
    expect(outcomeFromError(apiError('UNAUTHORIZED', 401))).toEqual({ kind: 'login', reason: '登录后才能抢红包' });
    expect(outcomeFromError(apiError('REFRESH_TOKEN_INVALID', 401))).toMatchObject({ kind: 'login' });
  });

  it('lets the user try again after a failure that says nothing about the packet', () => {
    expect(outcomeFromError(apiError('NETWORK_ERROR', 0))).toEqual({ kind: 'reason', reason: '网络不给力，请检查网络后重试', retry: true });
    expect(outcomeFromError(new Error('boom'))).toMatchObject({ kind: 'reason', retry: true });
  });
});

describe('outcomeFromPacket', () => {
  it('shows my earlier grab instead of the button', () => {
    expect(outcomeFromPacket({ ...redPacket, myGrab: { amount: 321, seq: 0 } })).toEqual({ kind: 'amount', amount: 321, note: null });
  });

  it('offers the button while the packet is open or about to open', () => {
    expect(outcomeFromPacket(redPacket)).toBeNull();
    expect(outcomeFromPacket({ ...redPacket, status: 'scheduled' })).toBeNull();
  });

  it('says why a packet that is over cannot be opened', () => {
    expect(outcomeFromPacket({ ...redPacket, status: 'finished', remainingCount: 0 })).toMatchObject({ reason: '手慢了，红包派完了' });
    expect(outcomeFromPacket({ ...redPacket, status: 'finished', remainingCount: 2 })).toMatchObject({ reason: '红包已结束' });
    expect(outcomeFromPacket({ ...redPacket, status: 'expired' })).toMatchObject({ reason: '红包已过期' });
  });
});

import { ApiError } from '@/services/api-error';
import { createActivitySubmitter } from './activity-submitter';

function setup(answers: (() => Promise<string>)[]) {
  const sent: { draft: string; requestId: string }[] = [];
  let ids = 0;
  const submit = createActivitySubmitter(
    (draft: string, requestId) => {
      sent.push({ draft, requestId });
      return answers.shift()!();
    },
    (d) => d,
    () => `id-${++ids}`,
  );
  return { submit, sent };
}

describe('createActivitySubmitter', () => {
  it('keeps the request id across unknown outcomes, and drops it after a definite answer', async () => {
    const { submit, sent } = setup([
      () => Promise.reject(new ApiError('NETWORK_ERROR', 0, 'timeout')),
      () => Promise.resolve('order'),
      () => Promise.reject(new ApiError('GROUP_FULL', 409, 'full')),
      () => Promise.resolve('order-2'),
    ]);
    await expect(submit('a')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await expect(submit('a')).resolves.toBe('order');
    await expect(submit('a')).rejects.toMatchObject({ code: 'GROUP_FULL' });
    await submit('a');
    expect(sent.map((s) => s.requestId)).toEqual(['id-1', 'id-1', 'id-2', 'id-3']);
  });

  it('starts a new attempt when the draft changes', async () => {
    const { submit, sent } = setup([() => Promise.reject(new ApiError('BAD_RESPONSE', 502, 'x')), () => Promise.resolve('o')]);
    await expect(submit('a')).rejects.toBeInstanceOf(ApiError);
    await submit('b');
    expect(sent.map((s) => s.requestId)).toEqual(['id-1', 'id-2']);
  });
});

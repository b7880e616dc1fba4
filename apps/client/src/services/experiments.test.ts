import { api } from '@livemall/shared';
import { exposeOnce, resetExperimentCache, variantOf } from './experiments';

const mockCall = jest.fn();
jest.mock('./request', () => ({ call: (...args: unknown[]) => mockCall(...args) }));

beforeEach(() => {
  mockCall.mockReset();
  resetExperimentCache();
});

describe('experiments client cache', () => {
  it('asks for a variant once per key and session', async () => {
    mockCall.mockResolvedValue({ key: 'btn', variant: 'B' });
    expect(await Promise.all([variantOf('btn'), variantOf('btn')])).toEqual(['B', 'B']);
    expect(await variantOf('btn')).toBe('B');
    expect(mockCall).toHaveBeenCalledTimes(1);
    expect(mockCall).toHaveBeenCalledWith(api.myExperimentAssignment, { params: { key: 'btn' } });
  });

  it('forgets a failed ask so a later one retries', async () => {
    mockCall.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ key: 'btn', variant: null });
    await expect(variantOf('btn')).rejects.toThrow('offline');
    expect(await variantOf('btn')).toBeNull();
    expect(mockCall).toHaveBeenCalledTimes(2);
  });

  it('logs an exposure once, and again only if the first failed', async () => {
    mockCall.mockRejectedValueOnce(new Error('offline')).mockResolvedValue({});
    await exposeOnce('btn');
    await exposeOnce('btn');
    await exposeOnce('btn');
    expect(mockCall).toHaveBeenCalledTimes(2);
    expect(mockCall).toHaveBeenLastCalledWith(api.recordExperimentExposure, { params: { key: 'btn' } });
  });
});

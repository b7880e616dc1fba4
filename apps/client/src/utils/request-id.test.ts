import { sendGiftRequestSchema } from '@livemall/shared';
import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('is a UUID the shared schemas accept, different each time', () => {
    const a = newRequestId();
    const b = newRequestId();
    expect(sendGiftRequestSchema.shape.requestId.safeParse(a).success).toBe(true);
    expect(a).not.toBe(b);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(newRequestId((bytes) => bytes.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newRequestId((bytes) => bytes.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
});

import { testEnv } from '../../test/support/services';
import { closedPort } from '../../test/support/fake-wechat';
import { connectRedis } from './redis.factory';

describe('connectRedis (real Redis)', () => {
  it('connects and keeps every key under its prefix', async () => {
    const { redisUrl, redisPrefix } = testEnv();
    const redis = await connectRedis(redisUrl, `${redisPrefix}app:`);
    const plain = await connectRedis(redisUrl, '');
    try {
      await redis.set('probe', '1');
      await expect(plain.get(`${redisPrefix}app:probe`)).resolves.toBe('1');
      await expect(plain.get('probe')).resolves.toBeNull();
    } finally {
      redis.disconnect();
      plain.disconnect();
    }
  });

  it('fails with a message naming REDIS_URL when nothing listens', async () => {
    await expect(connectRedis(`redis://127.0.0.1:${await closedPort()}`, 'x:')).rejects.toThrow(/^REDIS_URL: cannot connect/);
  });
});

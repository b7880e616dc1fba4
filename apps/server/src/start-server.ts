import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { AppConfig } from './config/config';
import type { DatabaseInfo } from './database/database-info';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';
import { createApp } from './create-app';
import { DemoSeedService } from './modules/seed/demo-seed.service';
import { connectRedis } from './redis/redis.factory';

export interface RunningServer {
  app: NestFastifyApplication;
  url: string;
  database: DatabaseInfo;
  stop(): Promise<void>;
}

/** Database (embedded unless DATABASE_URL) → migrations → Redis (if REDIS_URL) → app → demo data → listen. */
export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined;
  let redis: Redis | null = null;
  let app: NestFastifyApplication | undefined;
  const stop = async () => {
    await app?.close().catch((e: unknown) => logger.error({ err: e }, 'closing the app failed'));
    redis?.disconnect();
    await embedded?.stop().catch((e: unknown) => logger.error({ err: e }, 'stopping embedded PostgreSQL failed'));
  };
  try {
    if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, logger);
    const database: DatabaseInfo = embedded
      ? { mode: 'embedded', url: embedded.url }
      : { mode: 'external', url: config.databaseUrl as string };
    const ran = await runMigrations(database.url);
    if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
    if (config.redisUrl) redis = await connectRedis(config.redisUrl, config.redisPrefix, config.redisCommandTimeoutMs);
    app = await createApp({ config, database, redis }, logger);
    if (config.seedDemo) await app.get(DemoSeedService).run();
    await app.listen({ port: config.port, host: config.host });
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://localhost:${port}/`;
    logger.info({ url, database: database.mode, redis: redis ? 'on' : 'off' }, 'server ready');
    return { app, url, database, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

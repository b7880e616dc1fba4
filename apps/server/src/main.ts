import 'reflect-metadata';
import { createLogger } from './common/logging/logger';
import { ConfigError, loadConfig } from './config/config';
import { startServer } from './start-server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: error }, 'start-up failed');
    process.stderr.write(`Start-up failed: ${message.split('\n')[0]}\n`);
    process.exit(1);
  });
  process.stdout.write(`\nLiveMall is running: ${server.url}  (merchant console: ${server.url}admin/, API docs: ${server.url}docs, database: ${server.database.mode})\n\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void server.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

void main();

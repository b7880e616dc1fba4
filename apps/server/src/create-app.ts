import 'reflect-metadata';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import { AppModule, type AppDeps } from './app.module';
import { clientErrorHandler, frameworkErrors } from './common/http/framework-errors';
import { parseQueryString } from './common/http/query-string';
import { requestIdFor } from './common/http/request-id';
import { securityHeaders } from './common/http/security-headers';
import { PinoNestLogger } from './common/logging/logger';
import { uploadsDir, UPLOADS_PREFIX } from './modules/members/avatar-store';
import { RoomSocketServer } from './modules/live/room/room-socket-server';
import { registerGrabFastLane } from './modules/red-packets/grab-fast-lane';

/** Builds the Nest app on Fastify with its plugins; does not listen. Shared by main and the e2e tests. */
export async function createApp(deps: AppDeps, logger: Logger): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: requestIdFor,
    bodyLimit: 1024 * 1024,
    trustProxy: deps.config.trustProxy,
    frameworkErrors,
    clientErrorHandler,
    routerOptions: { querystringParser: parseQueryString },
    // Access logs belong to the proxy in front; per-request log lines here cost CPU on the hot path.
    logController: new LogController({ disableRequestLogging: deps.config.logLevel !== 'debug' && deps.config.logLevel !== 'trace' }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.with(deps), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  // Cross-origin calls only from the configured origins (CORS_ORIGINS; in development Taro's H5 dev
  // server): an unlisted origin gets no access-control-allow-origin, so its page cannot read an answer.
  const origins = deps.config.corsOrigins;
  // The methods are named: @fastify/cors allows only GET, HEAD and POST by default, which refused the
  // contract's PUT, PATCH and DELETE routes to the H5 dev server.
  if (origins.length) {
    app.enableCors({ origin: origins, methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], exposedHeaders: ['x-request-id', 'retry-after'], maxAge: 600 });
  }
  const fastify = app.getHttpAdapter().getInstance();
  const security = securityHeaders({ production: deps.config.env === 'production', pages: [join(deps.config.h5Dir, 'index.html'), join(deps.config.adminDir, 'index.html')] });
  // A callback hook, not an async one: it runs on every response, including a flood of refused grabs.
  // The security headers are one object built at boot, so this stays a handful of header writes.
  fastify.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    reply.headers(security);
    done(null, payload);
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swaggerUi = (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
  await app.register(fastifyStatic, { root: swaggerUi, prefix: '/docs/assets/', decorateReply: false });
  // Uploaded files (avatars): names are random UUIDs, so they can be cached for good.
  mkdirSync(uploadsDir(deps.config), { recursive: true });
  await app.register(fastifyStatic, {
    root: uploadsDir(deps.config),
    prefix: UPLOADS_PREFIX,
    decorateReply: false,
    index: false,
    setHeaders: (res) => {
      res.header('cache-control', 'public, max-age=31536000, immutable');
      res.header('x-content-type-options', 'nosniff');
    },
  });
  if (existsSync(deps.config.h5Dir)) {
    // Unknown page paths fall through to the 404 handler, which answers with index.html (WebAppService).
    await app.register(fastifyStatic, { root: deps.config.h5Dir, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  if (existsSync(deps.config.adminDir)) {
    // The merchant console; its client-side routes fall through to the 404 handler too (WebAppService).
    await app.register(fastifyStatic, { root: deps.config.adminDir, prefix: '/admin/', decorateReply: false, wildcard: false, index: ['index.html'], redirect: true });
  }
  await app.init();
  registerGrabFastLane(app);
  app.get(RoomSocketServer).attach(app.getHttpServer());
  return app;
}

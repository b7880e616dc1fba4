import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppException } from '../../common/errors/app-exception';
import { PaymentsService } from './payments.service';

export const WECHAT_NOTIFY_PATH = '/payments/wechat/notify';

/**
 * `POST /payments/wechat/notify`, where WeChat Pay posts payment results. It is not in the shared route
 * table: WeChat, not our client, calls it, with its own body and answer. It is a plain Fastify route in a
 * plugin of its own because the signature covers the exact body bytes: inside the plugin every body is
 * kept as a Buffer, and the app's JSON parser elsewhere is untouched.
 *
 * Answers as WeChat Pay v3 expects: 200 `{ code: 'SUCCESS' }` once the payment is recorded and the orders
 * module's handler resolved; 4xx/5xx `{ code: 'FAIL', message }` otherwise, and WeChat retries later.
 */
@Injectable()
export class WechatNotifyRoute implements OnModuleInit {
  private readonly log = new Logger('PaymentNotify');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly payments: PaymentsService,
  ) {}

  onModuleInit(): void {
    // A module test without an HTTP server has no adapter: there is nothing to mount on.
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_req, body, done) => done(null, body));
      scope.post(WECHAT_NOTIFY_PATH, async (req, reply) => {
        try {
          const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          await this.payments.handleNotification({ headers: req.headers, rawBody });
          return await reply.status(200).send({ code: 'SUCCESS', message: 'OK' });
        } catch (error) {
          const known = error instanceof AppException;
          if (known) this.log.warn(`notification refused: ${error.message}`);
          else this.log.error(`notification failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          return reply
            .status(known ? error.status : 500)
            .send({ code: 'FAIL', message: known ? error.message : 'internal error; retry later' });
        }
      });
    });
  }
}

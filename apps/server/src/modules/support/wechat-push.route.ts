import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppException } from '../../common/errors/app-exception';
import { type SignedQuery, WechatSupportService } from './wechat-support.service';

export const WECHAT_PUSH_PATH = '/support/wechat/push';

/**
 * The URL set as the mini-program's message push (消息推送, JSON format): WeChat, not our client, calls
 * it, and wants plain text back (`echostr` for GET, `success` for POST), so it sits outside the shared
 * route table, in a plugin whose body parser reads JSON whatever the content type says.
 */
@Injectable()
export class WechatPushRoute implements OnModuleInit {
  private readonly log = new Logger('SupportWechat');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly wechat: WechatSupportService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
        try {
          done(null, JSON.parse(String(body)));
        } catch {
          done(null, undefined);
        }
      });
      scope.get(WECHAT_PUSH_PATH, (req, reply) => this.answer(reply, async () => this.wechat.echo(req.query as SignedQuery)));
      scope.post(WECHAT_PUSH_PATH, (req, reply) =>
        this.answer(reply, async () => {
          await this.wechat.push(req.query as SignedQuery, req.body);
          return 'success';
        }),
      );
    });
  }

  private async answer(reply: FastifyReply, work: () => Promise<string>): Promise<FastifyReply> {
    try {
      const text = await work();
      return await reply.status(200).type('text/plain; charset=utf-8').send(text);
    } catch (error) {
      if (error instanceof AppException) return reply.status(error.status).send({ code: error.code, message: error.message });
      this.log.error(`push failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      // WeChat retries a failed push; the MsgId keeps the retry from being stored twice.
      return reply.status(500).send({ code: 'INTERNAL_ERROR', message: 'internal error; retry later' });
    }
  }
}

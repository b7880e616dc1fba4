import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from '../errors/to-error-body';
import { WebAppService } from '../../modules/web/web-app.service';

/** Every error leaves the server as `{ code, message, details }`; unknown ones are logged, not shown. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly webApp: WebAppService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body, unexpected, headers } = toErrorBody(exception, String(req.id));
    if (status === 404 && this.webApp.wantsPage(req)) {
      void this.webApp.sendIndex(req, reply);
      return;
    }
    if (unexpected) req.log.error({ err: exception }, 'unhandled error');
    else if (status >= 500) req.log.warn({ code: body.code, status, err: exception }, 'request failed: a backing service is down');
    else req.log.info({ code: body.code, status }, 'request refused');
    if (headers) void reply.headers(headers);
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { api, redPacketIdParamsSchema } from '@livemall/shared';
import { validate } from '../../common/contract/validate';
import { RateLimits } from '../../common/rate-limit/rate-limits';
import { toErrorBody } from '../../common/errors/to-error-body';
import { bearer } from '../auth/access.guard';
import { authErrors } from '../auth/auth.errors';
import { TokensService } from '../auth/tokens.service';
import { RedPacketsService } from './red-packets.service';

/**
 * `POST /red-packets/:id/grab` as a plain Fastify route. It is the one route a whole live room hits in
 * the same second, and Nest's per-request pipeline (guards, interceptors, exception zones) cost more
 * than the grab itself: the flood ran at ~2,000 req/s through Nest. The route keeps the same contract
 * — the shared schemas parse the params and shape the answer, the same token check, the same error
 * body — and stays in the OpenAPI document, which is built from the contract table.
 */
export function registerGrabFastLane(app: NestFastifyApplication): void {
  const route = api.grabRedPacket;
  const tokens = app.get(TokensService);
  const packets = app.get(RedPacketsService);
  const limits = app.get(RateLimits);
  app
    .getHttpAdapter()
    .getInstance()
    .post(route.path, async (req, reply) => {
      try {
        // Who is asking first, as the guard does on every other route: a caller without a token learns
        // nothing about what a valid request looks like.
        const token = bearer(req);
        if (!token) throw authErrors.unauthorized();
        const user = await tokens.verifyAccess(token);
        // The same per-user limit a Nest route gets from @RateLimit('grab'): a map lookup, or one Redis call.
        await limits.check('grab', user.id);
        const { id } = validate(redPacketIdParamsSchema, req.params, 'params');
        const result = await packets.grab(id, user.id);
        return await reply.status(200).send(route.response.parse(result));
      } catch (error) {
        const { status, body, unexpected, headers } = toErrorBody(error, String(req.id));
        if (unexpected) req.log.error({ err: error }, 'unhandled error');
        if (headers) void reply.headers(headers);
        return reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
      }
    });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody } from '../errors/to-error-body';

/**
 * Fastify's router refuses some URLs before any route or Nest filter runs: a path segment that is not
 * valid percent-encoding (`%ED%A0%80`, a lone `%`) or a parameter over 100 characters. Its own answer
 * is `{ error, code: 'FST_ERR_…' }`, which no client can switch on; this gives them the API's error body.
 */
export function frameworkErrors(error: Error, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorBody(error, String(req.id));
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

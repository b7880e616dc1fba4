import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '@livemall/shared';
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

/**
 * Errors Node's HTTP parser raises before Fastify has a request (a request line and headers over 16 KiB,
 * a malformed request, a client too slow to send its headers). Same statuses as Fastify's own handler,
 * with the API's error body instead of Fastify's.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, ErrorCode.VALIDATION_FAILED, 'The request was not sent in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, ErrorCode.PAYLOAD_TOO_LARGE, 'The request line and headers are over the size limit']
        : [400, ErrorCode.VALIDATION_FAILED, 'Malformed HTTP request'];
  const body = JSON.stringify({ code, message });
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

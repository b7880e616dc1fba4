import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RouteContract } from '@livemall/shared';
import type { FastifyRequest } from 'fastify';
import { ROUTE_CONTRACT } from './route.decorator';
import { validate } from './validate';

function parse(part: 'body' | 'query' | 'params', ctx: ExecutionContext): unknown {
  const contract = Reflect.getMetadata(ROUTE_CONTRACT, ctx.getHandler()) as RouteContract | undefined;
  const schema = contract?.[part];
  if (!schema) throw new Error(`route has no ${part} schema in its contract`);
  return validate(schema, ctx.switchToHttp().getRequest<FastifyRequest>()[part], part);
}

/** The request body, parsed by the route's contract schema. */
export const ValidBody = createParamDecorator((_: unknown, ctx: ExecutionContext) => parse('body', ctx));
/** The query string, parsed (and coerced) by the route's contract schema. */
export const ValidQuery = createParamDecorator((_: unknown, ctx: ExecutionContext) => parse('query', ctx));
/** The path parameters, parsed by the route's contract schema. */
export const ValidParams = createParamDecorator((_: unknown, ctx: ExecutionContext) => parse('params', ctx));

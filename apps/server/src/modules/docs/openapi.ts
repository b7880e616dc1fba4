import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { api, errorBodySchema, errorHttpStatus, type RouteContract } from '@livemall/shared';
import type { z } from 'zod';

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

function describeAccess(route: RouteContract): string {
  if (route.access === 'public') return 'Anyone.';
  if (route.access === 'user') return 'Any logged-in user (Bearer access token).';
  return `Users with the role ${route.access.join(' or ')}.`;
}

/** The OpenAPI 3.1 document, built from the same zod contracts the server validates with. */
export function buildOpenApiDocument(version: string): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const [operationId, route] of Object.entries(api) as Array<[string, RouteContract]>) {
    const errorStatuses = new Set<number>([400, 500, ...(route.errors ?? []).map((c) => errorHttpStatus[c])]);
    if (route.access !== 'public') errorStatuses.add(401);
    if (Array.isArray(route.access)) errorStatuses.add(403);
    const errors = Object.fromEntries(
      [...errorStatuses].map((s) => [s, { description: 'Error body; switch on `code`', content: json(errorBodySchema) }]),
    );
    registry.registerPath({
      operationId,
      method: route.method.toLowerCase() as 'get',
      path: route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}'),
      tags: [route.tag],
      summary: route.summary,
      description: `${describeAccess(route)}${route.errors?.length ? ` Error codes: ${route.errors.join(', ')}.` : ''}`,
      ...(route.access === 'public' ? {} : { security: [{ bearer: [] }] }),
      request: {
        ...(route.params ? { params: route.params as z.ZodObject } : {}),
        ...(route.query ? { query: route.query as z.ZodObject } : {}),
        ...(route.body ? { body: { content: json(route.body) } } : {}),
      },
      responses: { [route.status ?? 200]: { description: 'Success', content: json(route.response) }, ...errors },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'LiveMall API', version, description: 'Money is integer fen (分) everywhere.' },
  });
}

import { api } from '@livemall/shared';
import { buildOpenApiDocument } from './openapi';

type Doc = { paths: Record<string, Record<string, { operationId: string; requestBody?: unknown; security?: unknown; responses: Record<string, unknown> }>> };

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument('test') as Doc;

  it('lists every route of the shared contract, with its method', () => {
    for (const [id, route] of Object.entries(api)) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op?.operationId).toBe(id);
    }
  });

  it('documents bodies, error responses and the bearer requirement from the contract', () => {
    const wechat = doc.paths['/auth/wechat']?.post;
    expect(wechat?.requestBody).toBeDefined();
    expect(Object.keys(wechat?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '429', '502', '503']));
    expect(doc.paths['/me']?.get?.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/healthz']?.get?.security).toBeUndefined();
  });
});

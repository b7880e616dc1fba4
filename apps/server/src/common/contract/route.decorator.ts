import { applyDecorators, HttpCode, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import type { RouteContract } from '@livemall/shared';

export const ROUTE_CONTRACT = 'livemall:route-contract';

const methods = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
} as const;

/**
 * Binds a controller method to its route in the shared contract: method, path, success status and who
 * may call it all come from `packages/shared`, so the server cannot drift from what clients expect.
 * Mount controllers with `@Controller()` (no prefix): contract paths are absolute.
 */
export function Route(contract: RouteContract): MethodDecorator {
  return applyDecorators(
    RequestMapping({ path: contract.path, method: methods[contract.method] }),
    HttpCode(contract.status ?? 200),
    SetMetadata(ROUTE_CONTRACT, contract),
  );
}

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { RouteContract } from '@livemall/shared';
import { map, type Observable } from 'rxjs';
import { ROUTE_CONTRACT } from './route.decorator';

/**
 * Passes every response through its contract schema. Unknown keys are stripped, so an entity field the
 * contract does not name (an openid, a hash) can never reach a client; a mismatch is a server bug (500).
 */
@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = Reflect.getMetadata(ROUTE_CONTRACT, ctx.getHandler()) as RouteContract | undefined;
    if (!contract) return next.handle();
    return next.handle().pipe(map((value: unknown) => contract.response.parse(value)));
  }
}

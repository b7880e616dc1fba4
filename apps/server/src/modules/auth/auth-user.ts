import type { Role } from '@livemall/shared';

/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

declare module 'fastify' {
  interface FastifyRequest {
    authUser?: AuthUser;
  }
}

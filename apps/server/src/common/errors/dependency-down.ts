export type Dependency = 'database' | 'redis';

// ioredis: the offline queue gave up (MaxRetriesPerRequestError), the command outlived `commandTimeout`,
// the connection closed under it, or the offline queue is off and the socket is not writable. A server
// still loading its data set answers LOADING.
const REDIS_DOWN = /^(Connection is closed\.|Command timed out|Stream isn't writeable|Reached the max retries per request limit|LOADING )/;
// node-postgres and its pool: refused or cut connections, a pool that could not connect in time.
const PG_DOWN = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|terminating connection due to (administrator command|unexpected postmaster exit|crash of another server process)|the database system is (starting up|shutting down|in recovery mode))/;
// Socket errors below either client; which one does not matter for the answer.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Which backing service an error says is unreachable, or null when it is an error of another kind (a bug,
 * a constraint, a bad script). PostgreSQL's SQLSTATE class 08 is "connection exception" and 57P0x are
 * shutdown and start-up states; TypeORM wraps the driver's error in `driverError`.
 */
export function dependencyDown(error: unknown): Dependency | 'unknown' | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message, code } = e as { name?: unknown; message?: unknown; code?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (name === 'MaxRetriesPerRequestError' || REDIS_DOWN.test(text)) return 'redis';
    // TypeORM gives up a transaction's connection when it errors (the database went away mid-transaction);
    // the transaction's next query, or its COMMIT, then fails with one of these instead of the driver's
    // error. Nothing was committed: PostgreSQL rolls back a transaction whose connection is gone.
    if (name === 'QueryRunnerProviderAlreadyReleasedError' || name === 'QueryRunnerAlreadyReleasedError') return 'database';
    if (typeof code === 'string' && (/^08...$/.test(code) || /^57P0[123]$/.test(code))) return 'database';
    if (PG_DOWN.test(text)) return 'database';
    if (typeof code === 'string' && SOCKET_CODES.has(code)) return 'unknown';
    e = (e as { driverError?: unknown; cause?: unknown }).driverError ?? (e as { cause?: unknown }).cause;
  }
  return null;
}

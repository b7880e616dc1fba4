import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Client } from 'pg';

/** One request's fate during an outage drill. `status` 0: no answer within the bound (or a cut socket). */
export interface Outcome {
  phase: string;
  route: string;
  status: number;
  code: string | undefined;
  ms: number;
  json: Record<string, any> | undefined;
  failure?: string;
}

/** No request may hang: past this the client gives up and the drill fails. Not a performance figure. */
export const ANSWER_BOUND_MS = 15_000;

/** A request that always resolves: with the answer, or with status 0 when none came within the bound. */
export async function timedCall(base: string, method: string, path: string, token: string | undefined, body: unknown, phase: string, route = `${method} ${path.replace(/[0-9a-f-]{36}/g, ':id')}`): Promise<Outcome> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const start = Date.now();
  try {
    const res = await fetch(new URL(path, base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(ANSWER_BOUND_MS) });
    const text = await res.text();
    let json: Record<string, any> | undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = { raw: text.slice(0, 200) };
    }
    return { phase, route, status: res.status, code: json?.code, ms: Date.now() - start, json };
  } catch (error) {
    return { phase, route, status: 0, code: undefined, ms: Date.now() - start, json: undefined, failure: String((error as Error).cause ?? error) };
  }
}

/**
 * What the outage bar allows: a success, a 4xx with a stable code, or 503 SERVICE_UNAVAILABLE. Never a
 * 500, another 5xx, a body without a code, or no answer at all.
 */
export function unacceptable(outcomes: readonly Outcome[]): Outcome[] {
  return outcomes.filter((o) => {
    if (o.status >= 200 && o.status < 300) return false;
    if (o.status >= 400 && o.status < 500 && typeof o.code === 'string') return false;
    return !(o.status === 503 && o.code === 'SERVICE_UNAVAILABLE');
  });
}

/** Counts by phase and answer, for the failure message and the report. */
export function tally(outcomes: readonly Outcome[]): Record<string, Record<string, number>> {
  const t: Record<string, Record<string, number>> = {};
  for (const o of outcomes) {
    const key = o.status === 0 ? 'no answer' : `${o.status}${o.code ? ` ${o.code}` : ''}`;
    const row = (t[`${o.phase} ${o.route}`] ??= {});
    row[key] = (row[key] ?? 0) + 1;
  }
  return t;
}

export interface Viewer {
  userId: string;
  token: string;
  addressId: string;
}

/** `n` users with an address each, straight in the database, with access tokens from the app's signer. */
export async function makeViewers(db: Client, app: NestFastifyApplication, n: number): Promise<Viewer[]> {
  const users = await db.query(`INSERT INTO users (provider, guest_device_id, nickname) SELECT 'guest', 'outage-' || $1 || '-' || i, '观众' || i FROM generate_series(1, $2::int) i RETURNING id`, [randomUUID(), n]);
  const ids = users.rows.map((r: { id: string }) => r.id);
  const addresses = await db.query(
    `INSERT INTO addresses (user_id, name, phone, province, city, district, detail, is_default)
     SELECT u, '买家', '13800138000', '广东省', '深圳市', '南山区', '科技园', true FROM unnest($1::uuid[]) u RETURNING id, user_id`,
    [ids],
  );
  const jwt = app.get(JwtService);
  return Promise.all(
    addresses.rows.map(async (r: { id: string; user_id: string }) => ({ userId: r.user_id, addressId: r.id, token: await jwt.signAsync({ sub: r.user_id, roles: ['user'] }, { expiresIn: 3600 }) })),
  );
}

/** Runs `worker` in `concurrency` loops until `stop()` says so. */
export function loop(concurrency: number, stop: () => boolean, worker: (i: number) => Promise<void>): Promise<void> {
  return Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      while (!stop()) await worker(i);
    }),
  ).then(() => undefined);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

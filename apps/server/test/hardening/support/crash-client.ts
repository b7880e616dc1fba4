import { randomUUID } from 'node:crypto';
import { authTokensSchema } from '@livemall/shared';
import type { CrashDeployment } from './crash-deployment';

/** No request may hang beyond this (a dead server must show up as an error, not a stuck test). */
const REQUEST_TIMEOUT_MS = 20_000;

/** An answer the client got, or `null` when the connection died first (the client knows nothing). */
export type Answer = { status: number; json: Record<string, any> } | null;

export async function call(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    const res = await fetch(new URL(path, base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : {} };
  } catch (error) {
    // Fetch failed (reset, refused) or the body was cut: the server died under this request.
    if ((error as Error).name === 'TimeoutError') throw new Error(`${method} ${path} hung for ${REQUEST_TIMEOUT_MS} ms`);
    return null;
  }
}

/** Like `call`, for set-up steps that must succeed. */
export async function must(base: string, method: string, path: string, token?: string, body?: unknown, expected = [200, 201]): Promise<Record<string, any>> {
  const a = await call(base, method, path, token, body);
  if (!a || !expected.includes(a.status)) throw new Error(`${method} ${path}: ${a ? `${a.status} ${JSON.stringify(a.json)}` : 'no answer'}`);
  return a.json;
}

export async function demo(base: string, account: 'merchant' | 'admin'): Promise<string> {
  return authTokensSchema.parse(await must(base, 'POST', '/auth/demo', undefined, { account })).accessToken;
}

export type Guest = { token: string; userId: string };

/** `n` guests, logged in a few at a time (set-up, not the storm). */
export async function guests(base: string, n: number): Promise<Guest[]> {
  const out: Guest[] = [];
  for (let i = 0; i < n; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, n - i) }, async () => {
        const t = authTokensSchema.parse(await must(base, 'POST', '/auth/guest', undefined, { deviceId: `crash-${randomUUID()}` }));
        return { token: t.accessToken, userId: t.user.id };
      }),
    );
    out.push(...batch);
  }
  return out;
}

/** mulberry32: the kill points are seeded, so a failing round can be run again exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type StormResult<T> = { results: T[]; inFlightAtKill: number; answersAtKill: number };

/**
 * Starts every task at once; each calls `answered()` for every HTTP answer it gets. When `killAfter`
 * answers have come in, `kill` runs (SIGKILL) while the rest are in flight. Resolves when every task has
 * settled (finished, or lost its server).
 */
export async function stormWithKill<T>(tasks: Array<(answered: () => void) => Promise<T>>, killAfter: number, kill: () => Promise<void>): Promise<StormResult<T>> {
  let answers = 0;
  let running = tasks.length;
  let killing: Promise<void> | null = null;
  let atKill = { inFlight: 0, answers: 0 };
  const trigger = () => {
    if (killing) return;
    atKill = { answers, inFlight: running };
    killing = kill();
  };
  const results = await Promise.all(
    tasks.map(async (task) => {
      try {
        return await task(() => {
          answers++;
          if (answers >= killAfter) trigger();
        });
      } finally {
        running--;
      }
    }),
  );
  // Everything may have finished before the kill point (a fast machine): the kill still happens.
  trigger();
  await killing;
  return { results, inFlightAtKill: atKill.inFlight, answersAtKill: atKill.answers };
}

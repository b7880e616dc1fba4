import { randomInt } from 'node:crypto';

export interface RawReply {
  status: number;
  headers: Headers;
  json: Record<string, any>;
  text: string;
}

/**
 * One HTTP call with full control of the headers and the whole answer (LiveServers.call keeps only the
 * body). `ip` is sent as X-Forwarded-For: the server trusts its proxy, so that is the address it counts.
 */
export async function raw(
  base: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; ip?: string; headers?: Record<string, string> } = {},
): Promise<RawReply> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.ip) headers['x-forwarded-for'] = opts.ip;
  const res = await fetch(new URL(path, base), { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  let json: Record<string, any> = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    // a page or a file, not JSON
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** A made-up client address, different on every call (TEST-NET-free private range). */
export const someIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

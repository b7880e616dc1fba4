import type { RouteContract } from '@livemall/shared';
import { badTextPath } from '../../../src/common/contract/bad-text-path';
import { encodeSegment, type FuzzRequest } from './fuzz-http';
import type { Rng } from './fuzz-rng';
import { extraKeys, hostileFor, type JsonSchema, sample, setAt, slotsOf } from './fuzz-schema';
import { badPathParams, rawNumberTokens } from './fuzz-values';
import type { FuzzTokens } from './fuzz-world';

/** One operation of the OpenAPI document, with the contract route it was built from. */
export interface Operation {
  operationId: string;
  method: string;
  /** The contract's path (`/orders/:id`). */
  path: string;
  contract: RouteContract;
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
}

export interface FuzzCase extends FuzzRequest {
  operationId: string;
  /** The zod oracle (and the token) say the server must refuse it, and change nothing. */
  mustReject: boolean;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ name: string; in: string; required?: boolean; schema: JsonSchema }>; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
}

const asObject = (params: Array<{ name: string; required?: boolean; schema: JsonSchema }>): JsonSchema | undefined =>
  params.length
    ? { type: 'object', properties: Object.fromEntries(params.map((p) => [p.name, p.schema])), required: params.filter((p) => p.required).map((p) => p.name) }
    : undefined;

/** Every operation of the served OpenAPI document, joined to its contract route by operationId. */
export function operationsOf(doc: OpenApiDoc, api: Record<string, RouteContract>): Operation[] {
  const ops: Operation[] = [];
  for (const byMethod of Object.values(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      const contract = api[op.operationId];
      if (!contract) throw new Error(`OpenAPI operation ${op.operationId} has no contract route`);
      if (contract.method !== method.toUpperCase()) throw new Error(`${op.operationId}: OpenAPI says ${method}, the contract ${contract.method}`);
      const parameters = op.parameters ?? [];
      ops.push({
        operationId: op.operationId,
        method: contract.method,
        path: contract.path,
        contract,
        params: asObject(parameters.filter((p) => p.in === 'path')),
        query: asObject(parameters.filter((p) => p.in === 'query')),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** A body field's name → the kind of row its id is (for real ids in bodies). */
const FIELD_SEGMENT: Record<string, string> = { roomId: 'rooms', goodsId: 'goods', skuId: 'items', addressId: 'addresses', orderId: 'orders', merchantId: 'support', goodsIds: 'goods' };

type TokenKind = 'right' | 'none' | 'garbage' | 'forged' | 'refresh' | 'wrongRole' | 'basic';

/** The query as Fastify hands it to the handler: strings, and arrays for repeated keys. */
type QueryRecord = Record<string, string | string[]>;

const toQueryValue = (v: unknown): string | string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x) ?? '')) : typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

interface Input {
  params: Record<string, string>;
  query: QueryRecord;
  /** JSON text of the body, or undefined for none. */
  bodyText: string | undefined;
  token: TokenKind;
  label: string;
}

const FORGED_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDEiLCJyb2xlcyI6WyJhZG1pbiJdLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmVkLXdpdGgtYW5vdGhlci1zZWNyZXQ';

/** Generates `perRoute` cases for one operation: mostly invalid input, some boundary-but-valid. */
export function casesFor(op: Operation, perRoute: number, rng: Rng, tokens: FuzzTokens, realId: (path: string, param: string) => string | undefined, bodyId: (segment: string) => string | undefined): FuzzCase[] {
  const access = op.contract.access;
  const idForField = (name: string) => (FIELD_SEGMENT[name] ? bodyId(FIELD_SEGMENT[name] as string) : undefined);
  const baseParams = () => Object.fromEntries(Object.entries(op.params?.properties ?? {}).map(([name, s]) => [name, realId(op.path, name) ?? String(sample(s, rng, idForField, name))]));
  const baseQuery = (): QueryRecord => (op.query ? Object.fromEntries(Object.entries(sample(op.query, rng, idForField) as object).map(([k, v]) => [k, toQueryValue(v)])) : {});
  const baseBody = () => (op.body ? sample(op.body, rng, idForField) : undefined);

  const cases: FuzzCase[] = [];
  for (let i = 0; i < perRoute; i++) {
    const input: Input = { params: baseParams(), query: baseQuery(), bodyText: op.body ? JSON.stringify(baseBody()) : undefined, token: 'right', label: 'valid sample' };
    mutate(op, input, rng);
    cases.push(toCase(op, input, tokens, access));
  }
  return cases;
}

function mutate(op: Operation, input: Input, rng: Rng): void {
  const parts = [op.params && 'params', op.query && 'query', op.body && 'body', 'auth', 'extra'].filter(Boolean) as string[];
  const weights: Record<string, number> = { params: 3, query: 3, body: 6, auth: 1, extra: 1 };
  const bag = parts.flatMap((p) => Array<string>(weights[p] ?? 1).fill(p));
  const part = rng.pick(bag);
  if (part === 'auth') {
    input.token = rng.pick<TokenKind>(['none', 'garbage', 'forged', 'refresh', 'basic', ...(Array.isArray(op.contract.access) ? (['wrongRole', 'wrongRole'] as TokenKind[]) : [])]);
    input.label = `token ${input.token}`;
  } else if (part === 'params') {
    const names = Object.keys(op.params?.properties ?? {});
    const name = rng.pick(names);
    const hostile = rng.chance(0.6) ? rng.pick(badPathParams) : toQueryValue(rng.pick(hostileFor({ path: [name], schema: op.params?.properties?.[name] ?? {}, name }, rng)));
    input.params[name] = Array.isArray(hostile) ? hostile.join(',') : hostile;
    input.label = `param ${name} = ${JSON.stringify(input.params[name]).slice(0, 80)}`;
  } else if (part === 'query') {
    const names = Object.keys(op.query?.properties ?? {});
    const name = rng.pick(names);
    const roll = rng.next();
    if (roll < 0.15) input.query[name] = [String(input.query[name] ?? '1'), String(input.query[name] ?? '2')];
    else if (roll < 0.25) input.query[`${name}[$gt]`] = '';
    else {
      const v = toQueryValue(rng.pick(hostileFor({ path: [name], schema: op.query?.properties?.[name] ?? {}, name }, rng)));
      input.query[name] = typeof v === 'string' ? v.slice(0, 4_000) : v.slice(0, 50);
    }
    input.label = `query ${name} = ${JSON.stringify(input.query[name] ?? input.query[`${name}[$gt]`]).slice(0, 80)}`;
  } else if (part === 'body') {
    mutateBody(op.body as JsonSchema, input, rng);
  } else {
    // Extra, unknown input: the schemas strip it, so this is mostly a boundary case.
    const [key, value] = rng.pick(extraKeys);
    if (op.body && input.bodyText) {
      const body = JSON.parse(input.bodyText) as unknown;
      if (body && typeof body === 'object' && !Array.isArray(body)) input.bodyText = JSON.stringify({ ...body, [key]: value });
    } else if (op.method !== 'GET' && rng.chance(0.5)) input.bodyText = JSON.stringify({ [key]: value });
    else input.query[key] = toQueryValue(value) as string;
    input.label = `extra ${key}`;
  }
}

function mutateBody(schema: JsonSchema, input: Input, rng: Rng): void {
  const body = input.bodyText === undefined ? undefined : (JSON.parse(input.bodyText) as unknown);
  const roll = rng.next();
  if (roll < 0.08) {
    const whole = rng.pick<unknown>([undefined, null, [], 'text', 0, true, [body]]);
    input.bodyText = whole === undefined ? undefined : JSON.stringify(whole);
    input.label = `body = ${input.bodyText ?? '(none)'}`;
    return;
  }
  const slots = slotsOf(schema, body).filter((s) => s.path.length > 0);
  if (slots.length === 0) {
    input.bodyText = JSON.stringify(rng.pick([{}, null, []]));
    input.label = `body = ${input.bodyText}`;
    return;
  }
  const slot = rng.pick(slots);
  const where = slot.path.join('.');
  if (roll < 0.2) {
    input.bodyText = JSON.stringify(setAt(body, slot.path, undefined));
    input.label = `body.${where} missing`;
  } else if (roll < 0.28) {
    const token = rng.pick(rawNumberTokens);
    input.bodyText = JSON.stringify(setAt(body, slot.path, '__RAW_NUMBER__')).replace('"__RAW_NUMBER__"', token);
    input.label = `body.${where} = ${token} (raw)`;
  } else {
    const value = rng.pick(hostileFor(slot, rng));
    input.bodyText = JSON.stringify(setAt(body, slot.path, value));
    input.label = `body.${where} = ${String(JSON.stringify(value)).slice(0, 80)}`;
  }
}

function tokenHeader(kind: TokenKind, access: RouteContract['access'], tokens: FuzzTokens): string | undefined {
  const right = access === 'public' ? undefined : access === 'user' ? tokens.user : access.includes('admin') ? tokens.admin : tokens.merchant;
  switch (kind) {
    case 'right':
      return right ? `Bearer ${right}` : undefined;
    case 'none':
      return undefined;
    case 'garbage':
      return 'Bearer not.a.jwt';
    case 'forged':
      return `Bearer ${FORGED_JWT}`;
    case 'refresh':
      return `Bearer ${tokens.refresh}`;
    case 'basic':
      return 'Basic YWRtaW46YWRtaW4=';
    case 'wrongRole':
      return `Bearer ${tokens.user}`;
  }
}

function toCase(op: Operation, input: Input, tokens: FuzzTokens, access: RouteContract['access']): FuzzCase {
  // Routes under /merchant/ that any user may call (assistants) get the merchant's token: it goes further.
  const headerAccess = access === 'user' && op.path.startsWith('/merchant/') ? (['merchant'] as const) : access;
  const authorization = tokenHeader(input.token, headerAccess, tokens);
  // What goes on the wire is what the oracle judges: an empty list sends nothing, a one-item list one key.
  input.query = Object.fromEntries(
    Object.entries(input.query).flatMap(([k, v]) => (Array.isArray(v) ? (v.length === 0 ? [] : [[k, v.length === 1 ? (v[0] as string) : v]]) : [[k, v]])),
  );
  const path = op.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeSegment(input.params[name] ?? ''));
  const qs = Object.entries(input.query)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeSegment(k)}=${encodeSegment(x)}`))
    .join('&');
  const headers: Record<string, string> = {};
  if (authorization) headers.authorization = authorization;
  if (input.bodyText !== undefined) headers['content-type'] = 'application/json';
  const authRefused = access !== 'public' && input.token !== 'right';
  return {
    operationId: op.operationId,
    method: op.method,
    path: qs ? `${path}?${qs}` : path,
    headers,
    body: input.bodyText,
    label: `${op.operationId}: ${input.label}`,
    mustReject: authRefused || !inputAccepted(op.contract, input),
  };
}

/** What the route's own zod schemas (and the server's no-NUL rule) say about the input as sent. */
function inputAccepted(contract: RouteContract, input: Input): boolean {
  const body = input.bodyText === undefined ? undefined : (JSON.parse(input.bodyText) as unknown);
  const parts: Array<[RouteContract['params'], unknown]> = [
    [contract.params, input.params],
    [contract.query, input.query],
    [contract.body, body ?? undefined],
  ];
  return parts.every(([schema, value]) => {
    if (!schema) return true;
    const parsed = schema.safeParse(value);
    return parsed.success && !badTextPath(parsed.data);
  });
}

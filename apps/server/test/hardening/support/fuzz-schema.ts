import type { Rng } from './fuzz-rng';
import { hostileNumbers, numberLikeStrings, unicodeEdges, wrongTypes } from './fuzz-values';

/** The JSON Schema subset the OpenAPI document uses (zod-to-openapi output, schemas inlined). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
}

/** Gives a real row id for a field or parameter name when the world has one (else a random uuid). */
export type IdFor = (name: string) => string | undefined;

const PATTERN_SAMPLES = ['abcdefgh12', 'fuzz_key_1', '13800138000', 'ABCDEFGH', 'aGVsbG8gd29ybGQhISE=', '2025-06-15', 'https://example.com/a.jpg', '12345', 'abc.def'];

const typesOf = (s: JsonSchema): string[] => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);

function regexOf(s: JsonSchema): RegExp | undefined {
  if (!s.pattern) return undefined;
  try {
    return new RegExp(s.pattern);
  } catch {
    const m = /^(.*)\/([a-z]*)$/.exec(s.pattern);
    try {
      return m ? new RegExp(m[1] as string, m[2]) : undefined;
    } catch {
      return undefined;
    }
  }
}

function sampleString(s: JsonSchema, name: string, rng: Rng, idFor: IdFor): string {
  if (s.format === 'uuid') return idFor(name) ?? rng.uuid();
  if (s.format === 'date-time') return new Date(Date.now() + rng.int(5, 60) * 60_000).toISOString();
  if (s.format === 'uri') return 'https://example.com/a.jpg';
  const re = regexOf(s);
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 64;
  if (re) {
    const fits = [...PATTERN_SAMPLES, rng.uuid()].filter((c) => re.test(c) && c.length >= min && c.length <= max);
    if (fits.length > 0) return rng.pick(fits);
  }
  const base = rng.pick(['好物', 'fuzz', '测试文本', 'ok']);
  return base.repeat(Math.ceil(Math.max(min, 1) / base.length)).slice(0, Math.max(max, 1));
}

function sampleNumber(s: JsonSchema, integer: boolean, rng: Rng): number {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : lo + 100);
  const v = rng.int(Math.ceil(lo), Math.max(Math.ceil(lo), Math.floor(Math.min(hi, lo + 100))));
  return integer ? v : v;
}

/** A value the schema most likely accepts (cross-field rules may still refuse it; the zod oracle decides). */
export function sample(s: JsonSchema, rng: Rng, idFor: IdFor, name = ''): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return rng.pick(s.enum);
  const alts = s.oneOf ?? s.anyOf;
  if (alts) return sample(rng.pick(alts), rng, idFor, name);
  const types = typesOf(s).filter((t) => t !== 'null');
  const type = types.length ? rng.pick(types) : 'string';
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (s.required?.includes(key) || rng.chance(0.5)) out[key] = sample(prop, rng, idFor, key);
      }
      return out;
    }
    case 'array': {
      const n = rng.int(s.minItems ?? 0, Math.min(s.maxItems ?? 2, (s.minItems ?? 0) + 2));
      return Array.from({ length: n }, () => sample(s.items ?? {}, rng, idFor, name));
    }
    case 'integer':
      return sampleNumber(s, true, rng);
    case 'number':
      return sampleNumber(s, false, rng);
    case 'boolean':
      return rng.chance(0.5);
    default:
      return sampleString(s, name, rng, idFor);
  }
}

/** A place in a value: its path and the schema that governs it. */
export interface Slot {
  path: (string | number)[];
  schema: JsonSchema;
  name: string;
}

/** Every field of `value` the schema describes, objects and arrays included. */
export function slotsOf(s: JsonSchema, value: unknown, path: (string | number)[] = [], name = ''): Slot[] {
  const here: Slot = { path, schema: s, name };
  const alts = s.oneOf ?? s.anyOf;
  if (alts && value && typeof value === 'object' && !Array.isArray(value)) {
    const kind = (value as { kind?: unknown; type?: unknown }).kind ?? (value as { type?: unknown }).type;
    const match = alts.find((a) => {
      const d = a.properties?.kind ?? a.properties?.type;
      return d?.enum?.includes(kind) || d?.const === kind;
    });
    return match ? [here, ...slotsOf(match, value, path, name).slice(1)] : [here];
  }
  if (s.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    return [here, ...Object.entries(s.properties).flatMap(([k, p]) => (k in (value as object) ? slotsOf(p, (value as Record<string, unknown>)[k], [...path, k], k) : [{ path: [...path, k], schema: p, name: k }]))];
  }
  if (s.items && Array.isArray(value)) return [here, ...value.flatMap((v, i) => slotsOf(s.items as JsonSchema, v, [...path, i], name))];
  return [here];
}

const isMoney = (name: string) => /fen|amount|price|balance|total|cap/i.test(name);

/** Values that break the slot's rule, or sit right on its edge: the zod oracle sorts them afterwards. */
export function hostileFor(slot: Slot, rng: Rng): unknown[] {
  const s = slot.schema;
  const types = typesOf(s);
  const out: unknown[] = [...wrongTypes(rng.int(2, 50))];
  const fit = (text: string) => (s.maxLength !== undefined ? text.slice(0, s.maxLength) : text);
  if (s.enum) out.push('not-in-enum', String(s.enum[0]).toUpperCase(), `${String(s.enum[0])} `, ...s.enum);
  if (types.includes('string') || (!types.length && !s.oneOf && !s.enum)) {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? 512;
    out.push('', 'x'.repeat(max + 1), 'y'.repeat(rng.pick([max + 10, 10_000, 100_000])), 'z'.repeat(Math.max(min - 1, 0)), 'w'.repeat(Math.max(min, 1)).slice(0, max));
    const edge = rng.pick(unicodeEdges);
    out.push(fit(edge), fit(`名字${edge}`), edge.repeat(Math.ceil((max + 1) / Math.max(edge.length, 1))));
    if (s.format === 'uuid') out.push('00000000-0000-0000-0000-000000000000', rng.uuid().toUpperCase(), `${rng.uuid()} `, rng.uuid().replace(/-/g, ''));
    if (s.format === 'date-time') out.push('2024-02-30T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '2024-01-01', 'yesterday', new Date(Date.now() - 86_400_000).toISOString(), '+275760-09-13T00:00:00Z');
    if (s.format === 'uri' || /url/i.test(slot.name)) out.push('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.com/a.jpg', 'https:foo', 'https://exa mple.com/"onerror=alert(1)', 'file:///etc/passwd', '//evil.example/a.png', 'vbscript:msgbox(1)');
  }
  if (types.includes('integer') || types.includes('number')) {
    const lo = s.minimum ?? s.exclusiveMinimum;
    const hi = s.maximum ?? s.exclusiveMaximum;
    if (lo !== undefined) out.push(lo, lo - 1, lo - 0.5);
    if (hi !== undefined) out.push(hi, hi + 1, hi + 0.5);
    out.push(...hostileNumbers, ...numberLikeStrings);
    if (isMoney(slot.name)) out.push(-1, -100, 0.5, 1.01, 0.1 + 0.2, -(2 ** 53) - 2, 2 ** 53 + 2);
  }
  if (types.includes('array')) {
    const item = s.items ? sample(s.items, rng, () => undefined) : 1;
    out.push([], Array.from({ length: (s.maxItems ?? 100) + 1 }, () => item), Array.from({ length: 10_000 }, (_, i) => i), [null], [item, item]);
  }
  if (types.includes('object') || s.oneOf) out.push({}, { kind: 'unknown' }, { type: 'unknown' }, []);
  return out;
}

/** Keys a mass-assignment attempt would add to an object. */
export const extraKeys: ReadonlyArray<[string, unknown]> = [
  ['isAdmin', true],
  ['roles', ['admin']],
  ['merchantId', '6f1c2a52-5d1e-4c8e-9a51-0d6a1f0c0001'],
  ['userId', '00000000-0000-0000-0000-000000000001'],
  ['balance', 99999999],
  ['status', 'paid'],
  ['__extra', 'x'],
  ['id', '00000000-0000-0000-0000-000000000000'],
];

/** `value` with the slot at `path` replaced (undefined removes it). A fresh copy; `value` is untouched. */
export function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : value && typeof value === 'object' ? { ...(value as object) } : {}) as Record<string | number, unknown>;
  const next = setAt(copy[head], rest, replacement);
  if (next === undefined && rest.length === 0 && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy;
}

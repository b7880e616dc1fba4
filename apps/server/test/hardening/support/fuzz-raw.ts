import { randomUUID } from 'node:crypto';
import type { FuzzRequest } from './fuzz-http';
import type { Rng } from './fuzz-rng';
import type { FuzzTokens } from './fuzz-world';

export interface RawCase extends FuzzRequest {
  /** The exact status the server must answer with, when one is required (413 for an oversized body). */
  status?: number;
  code?: string;
}

const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepObject = (n: number, leaf = '1') => `${'{"a":'.repeat(n)}${leaf}${'}'.repeat(n)}`;

/**
 * Requests no schema-driven generator makes: bodies the JSON parser or the HTTP layer must refuse before
 * a route sees them. Every one of them must be refused, so each carries a body the route would accept
 * if it were read (a goods the merchant could create): a wrong content type that slipped through would
 * then show up as a changed database.
 */
export function rawCases(rng: Rng, tokens: FuzzTokens, roomId: string): RawCase[] {
  const goods = () => JSON.stringify({ title: `原始请求 ${randomUUID().slice(0, 6)}`, images: ['https://example.com/a.jpg'], skus: [{ specValues: [], priceFen: 100, stock: 1 }] });
  const merchant = { authorization: `Bearer ${tokens.merchant}` };
  const user = { authorization: `Bearer ${tokens.user}` };
  const post = (label: string, body: string | Buffer | undefined, headers: Record<string, string>, extra: Partial<RawCase> = {}): RawCase => ({
    method: 'POST', path: '/merchant/goods', label: `raw: ${label}`, body, headers: { ...merchant, ...headers }, ...extra,
  });
  const cases: RawCase[] = [
    post('body over 1 MiB', `{"title":"${'x'.repeat(1024 * 1024)}"}`, { 'content-type': 'application/json' }, { status: 413, code: 'PAYLOAD_TOO_LARGE' }),
    { method: 'POST', path: `/red-packets/${randomUUID()}/grab`, label: 'raw: grab with a body over 1 MiB', body: 'x'.repeat(1024 * 1024 + 10), headers: { ...user, 'content-type': 'application/json' }, status: 413, code: 'PAYLOAD_TOO_LARGE' },
    post('100k-deep JSON array', deepArray(100_000), { 'content-type': 'application/json' }),
    post('50k-deep JSON object', deepObject(50_000), { 'content-type': 'application/json' }),
    { method: 'POST', path: '/events', label: 'raw: 20k-deep JSON inside an events batch', body: `{"sessionId":"fuzz-session-1","events":[${deepObject(20_000)}],"sessionId":1}`, headers: { ...user, 'content-type': 'application/json' } },
    post('text/plain', goods(), { 'content-type': 'text/plain' }),
    post('form-urlencoded', 'title=x&priceFen=1', { 'content-type': 'application/x-www-form-urlencoded' }),
    post('form-urlencoded with a JSON body', goods(), { 'content-type': 'application/x-www-form-urlencoded' }),
    post('multipart', `--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n`, { 'content-type': 'multipart/form-data; boundary=b' }),
    post('application/xml', '<goods><title>x</title></goods>', { 'content-type': 'application/xml' }),
    post('no content type', goods(), {}),
    post('empty content type', goods(), { 'content-type': '' }),
    post('json, invalid: open brace', '{', { 'content-type': 'application/json' }),
    post('json, invalid: single quotes', "{'title':'x'}", { 'content-type': 'application/json' }),
    post('json, invalid: trailing comma', '{"title":"x",}', { 'content-type': 'application/json' }),
    post('json, invalid: NaN', '{"title":"x","skus":[{"priceFen":NaN}]}', { 'content-type': 'application/json' }),
    post('json, invalid: bare word', 'undefined', { 'content-type': 'application/json' }),
    post('json, empty body', '', { 'content-type': 'application/json' }),
    post('json, BOM then invalid', '\ufeff{"title":', { 'content-type': 'application/json' }),
    post('json, latin1 bytes', Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0xff, 0x22, 0x7d]), { 'content-type': 'application/json; charset=latin1' }),
    post('json, utf-16 charset', Buffer.from('{"title":"x"}', 'utf16le'), { 'content-type': 'application/json; charset=utf-16' }),
    post('json, invalid utf-8', Buffer.from([0x7b, 0x22, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), { 'content-type': 'application/json' }),
    post('duplicate keys, the last one bad', goods().replace(/}$/, ',"skus":[{"specValues":[],"priceFen":-1,"stock":1}]}'), { 'content-type': 'application/json' }),
    post('duplicate keys, the last one fractional fen', goods().replace(/}$/, ',"skus":[{"specValues":[],"priceFen":0.5,"stock":1}]}'), { 'content-type': 'application/json' }),
    post('__proto__ key', goods().replace(/^{/, '{"__proto__":{"polluted":true},'), { 'content-type': 'application/json' }),
    post('constructor.prototype key', goods().replace(/^{/, '{"constructor":{"prototype":{"polluted":true}},'), { 'content-type': 'application/json' }),
    post('nested __proto__ key', goods().replace(/"skus":\[{/, '"skus":[{"__proto__":{"polluted":true},'), { 'content-type': 'application/json' }),
    post('no token', goods(), { 'content-type': 'application/json', authorization: '' }),
    post('Bearer alone', goods(), { 'content-type': 'application/json', authorization: 'Bearer' }),
    post('a 8 KiB token', goods(), { 'content-type': 'application/json', authorization: `Bearer ${'a'.repeat(8 * 1024)}` }),
    post('token with a NUL', goods(), { 'content-type': 'application/json', authorization: `Bearer ${tokens.merchant.slice(0, 20)}%00` }),
    { method: 'PUT', path: '/merchant/goods', label: 'raw: PUT on a POST route', body: goods(), headers: { ...merchant, 'content-type': 'application/json' } },
    { method: 'PROPFIND', path: '/merchant/goods', label: 'raw: PROPFIND', headers: merchant },
    { method: 'GET', path: '/goods/%', label: 'raw: a lone % in the path', headers: user },
    { method: 'GET', path: '/goods/%E0%A4%A', label: 'raw: a cut UTF-8 sequence in the path', headers: user },
    { method: 'GET', path: '/goods/%ED%A0%80', label: 'raw: a lone surrogate, percent-encoded, as a path parameter', headers: user, status: 400, code: 'VALIDATION_FAILED' },
    { method: 'GET', path: `/goods/${'a'.repeat(150)}`, label: 'raw: a path parameter over the router limit', headers: user, status: 400, code: 'VALIDATION_FAILED' },
    { method: 'GET', path: `/goods?q=${'q'.repeat(20 * 1024)}`, label: 'raw: a request line over 16 KiB', headers: user, status: 431, code: 'PAYLOAD_TOO_LARGE' },
    { method: 'GET', path: '/me/../merchant/wallet', label: 'raw: ../ in the path', headers: user },
    { method: 'GET', path: '/merchant/goods?limit=1&limit=2&limit=3', label: 'raw: repeated query key', headers: merchant },
    { method: 'GET', path: `/merchant/goods?${Array.from({ length: 2_000 }, (_, i) => `k${i}=${i}`).join('&')}&limit=0`, label: 'raw: 2,000 query keys', headers: merchant },
    { method: 'GET', path: '/merchant/wallet?limit=%00', label: 'raw: NUL in the query', headers: merchant },
    { method: 'POST', path: '/payments/wechat/notify', label: 'raw: payment notify without a signature', body: '{"id":"x","resource":{}}', headers: { 'content-type': 'application/json' } },
    { method: 'POST', path: '/payments/wechat/notify', label: 'raw: payment notify, garbage', body: Buffer.from(Array.from({ length: 512 }, () => rng.int(0, 255))), headers: { 'content-type': 'application/octet-stream', 'wechatpay-signature': 'x', 'wechatpay-serial': 'x', 'wechatpay-timestamp': '1', 'wechatpay-nonce': 'x' } },
    { method: 'POST', path: '/payments/wechat/notify', label: 'raw: payment notify over 64 KiB', body: 'x'.repeat(70 * 1024), headers: { 'content-type': 'application/json' } },
    { method: 'GET', path: '/support/wechat/push?signature=x&timestamp=1&nonce=1&echostr=hi', label: 'raw: support push check with a bad signature' },
    { method: 'POST', path: '/support/wechat/push?signature=x&timestamp=1&nonce=1', label: 'raw: support push with a bad signature', body: '{"MsgType":"text","Content":"hi"}', headers: { 'content-type': 'application/json' } },
    { method: 'POST', path: '/support/wechat/push', label: 'raw: support push without a signature', body: deepArray(10_000), headers: { 'content-type': 'text/xml' } },
    { method: 'GET', path: `/ws/rooms/${roomId}`, label: 'raw: the room socket path over plain HTTP' },
  ];
  return cases;
}

/** Raw requests the server may accept (they are valid once parsed): checked for "no 5xx" only. */
export function rawBoundaryCases(tokens: FuzzTokens): RawCase[] {
  const user = { authorization: `Bearer ${tokens.user}` };
  const events = (inner: string) => `{"sessionId":"fuzz-session-1","events":[${inner}]}`;
  return [
    { method: 'POST', path: '/events', label: 'raw: 20k-deep JSON object as an event', body: events(deepObject(20_000)), headers: { ...user, 'content-type': 'application/json' } },
    { method: 'POST', path: '/events', label: 'raw: 100k-deep JSON array as an event', body: events(deepArray(100_000)), headers: { ...user, 'content-type': 'application/json' } },
    { method: 'POST', path: '/events', label: 'raw: upper-case content type', body: events('1'), headers: { ...user, 'content-type': 'APPLICATION/JSON; CHARSET=UTF-8' } },
    { method: 'POST', path: '/events', label: 'raw: event with __proto__ inside unknown', body: events('{"__proto__":{"polluted":true}}'), headers: { ...user, 'content-type': 'application/json' } },
  ];
}

import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveServers } from '../support/live-servers';
import { raw, type RawReply } from './support/raw-http';

/** Built pages as the H5 and console builds make them: an inline script in the H5 page, files beside. */
function builtPages(): { h5: string; admin: string; inlineHash: string } {
  const root = mkdtempSync(join(tmpdir(), 'lm-headers-'));
  const h5 = join(root, 'h5');
  const admin = join(root, 'admin');
  mkdirSync(join(h5, 'js'), { recursive: true });
  mkdirSync(admin);
  const inline = '!function(n){document.documentElement.style.fontSize=n+"px"}(20);';
  writeFileSync(join(h5, 'index.html'), `<!doctype html><html><head><script>${inline}</script><script src="/js/app.js"></script></head><body><div id="app"></div></body></html>`);
  writeFileSync(join(h5, 'js', 'app.js'), 'console.log("app")');
  writeFileSync(join(admin, 'index.html'), '<!doctype html><html><head><style>body{margin:0}</style><script type="module" src="/admin/assets/index.js"></script></head><body><div id="root"></div></body></html>');
  return { h5, admin, inlineHash: `'sha256-${createHash('sha256').update(inline).digest('base64')}'` };
}

function expectSecurityHeaders(res: RawReply, what: string): void {
  const h = (name: string) => [what, name, res.headers.get(name)];
  expect(h('x-content-type-options')).toEqual([what, 'x-content-type-options', 'nosniff']);
  expect(h('x-frame-options')).toEqual([what, 'x-frame-options', 'DENY']);
  expect(h('referrer-policy')).toEqual([what, 'referrer-policy', 'strict-origin-when-cross-origin']);
  expect(h('cross-origin-opener-policy')).toEqual([what, 'cross-origin-opener-policy', 'same-origin']);
  expect(h('x-powered-by')).toEqual([what, 'x-powered-by', null]);
  const csp = res.headers.get('content-security-policy') ?? '';
  expect([what, csp]).toEqual([what, expect.stringContaining("frame-ancestors 'none'")]);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
}

describe('security headers and CORS (development/test settings)', () => {
  let live: LiveServers;
  let pages: ReturnType<typeof builtPages>;
  const base = () => live.url(0);

  beforeAll(async () => {
    pages = builtPages();
    live = await LiveServers.start(false, { H5_DIR: pages.h5, ADMIN_DIR: pages.admin, CORS_ORIGINS: 'https://shop.example.com,http://localhost:10086' });
  }, 60_000);
  afterAll(() => live.stop());

  it('puts the security headers on API answers, errors, pages and static files; no HSTS outside production', async () => {
    const guest = await raw(base(), 'POST', '/auth/guest', { body: { deviceId: randomUUID() } });
    const token = guest.json.accessToken as string;
    const answers: Array<[string, RawReply]> = [
      ['API', await raw(base(), 'GET', '/healthz')],
      ['API login', guest],
      ['API error', await raw(base(), 'GET', '/no-such-route')],
      ['grab fast lane', await raw(base(), 'POST', `/red-packets/${randomUUID()}/grab`, { token })],
      ['H5 page', await raw(base(), 'GET', '/', { headers: { accept: 'text/html' } })],
      ['H5 client-side route', await raw(base(), 'GET', '/pages/mall/index', { headers: { accept: 'text/html' } })],
      ['H5 static file', await raw(base(), 'GET', '/js/app.js')],
      ['console page', await raw(base(), 'GET', '/admin/', { headers: { accept: 'text/html' } })],
      ['API docs page', await raw(base(), 'GET', '/docs')],
      ['API docs asset', await raw(base(), 'GET', '/docs/assets/swagger-ui.css')],
    ];
    expect(answers.map(([what, r]) => [what, r.status])).toEqual([
      ['API', 200], ['API login', 200], ['API error', 404], ['grab fast lane', 404], ['H5 page', 200], ['H5 client-side route', 200],
      ['H5 static file', 200], ['console page', 200], ['API docs page', 200], ['API docs asset', 200],
    ]);
    for (const [what, r] of answers) {
      expectSecurityHeaders(r, what);
      expect([what, r.headers.get('strict-transport-security')]).toEqual([what, null]);
    }
    expect(answers[4]![1].text).toContain('<div id="app">');
    expect(answers[7]![1].text).toContain('<div id="root">');
  });

  it("allows the built page's own inline script by its hash, and no other inline script", async () => {
    const csp = (await raw(base(), 'GET', '/')).headers.get('content-security-policy')!;
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe(`script-src 'self' ${pages.inlineHash}`);
  });

  it('answers a listed origin exactly, with the request id exposed; an unlisted one gets no allow-origin', async () => {
    for (const origin of ['https://shop.example.com', 'http://localhost:10086']) {
      const res = await raw(base(), 'GET', '/healthz', { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
      expect(res.headers.get('vary')).toMatch(/origin/i);
    }
    for (const origin of ['https://evil.example.com', 'https://shop.example.com.evil.com', 'http://shop.example.com', 'null']) {
      const res = await raw(base(), 'GET', '/healthz', { headers: { origin } });
      expect([origin, res.status, res.headers.get('access-control-allow-origin')]).toEqual([origin, 200, null]);
    }
  });

  it('passes a preflight from a listed origin and refuses one from an unlisted origin', async () => {
    const preflight = (origin: string, method: string) =>
      raw(base(), 'OPTIONS', '/me/addresses/x', { headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' } });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const ok = await preflight('https://shop.example.com', method);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
      // The contract has PUT, PATCH and DELETE routes: a browser checks the method against this list.
      expect(ok.headers.get('access-control-allow-methods')?.split(/,\s*/)).toContain(method);
      expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    }
    // Without an allow-origin the browser does not send the request.
    expect((await preflight('https://evil.example.com', 'POST')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers and CORS (production settings)', () => {
  let live: LiveServers;

  beforeAll(async () => {
    live = await LiveServers.start(false, { NODE_ENV: 'production', PAY_PROVIDER: 'dev', GUEST_LOGIN: 'true', H5_DIR: builtPages().h5 });
  }, 60_000);
  afterAll(() => live.stop());

  it('adds HSTS, and allows no cross-origin caller by default, not even the development ones', async () => {
    const page = await raw(live.url(0), 'GET', '/', { headers: { accept: 'text/html' } });
    expectSecurityHeaders(page, 'H5 page');
    expect(page.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    for (const origin of ['http://localhost:10086', 'https://shop.example.com']) {
      const res = await raw(live.url(0), 'GET', '/healthz', { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expectSecurityHeaders(res, 'API');
      const preflight = await raw(live.url(0), 'OPTIONS', '/orders', { headers: { origin, 'access-control-request-method': 'POST' } });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** Inline `<script>` bodies (no `src`) of a built page, hashed the way CSP names them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = m[1] ?? '';
    if (body.trim()) hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * The Content-Security-Policy for the H5 app, the console and the API docs. Scripts only from this origin
 * (plus the built pages' own inline scripts, by hash: Taro's H5 page sets its root font size inline), no
 * plugins, no framing, no foreign <base> or form targets. Styles may be inline: Taro and the console's
 * component library write <style> elements at run time. Pictures, video and API calls may go elsewhere:
 * goods images are merchants' URLs, video comes from the stream provider's play domain (hls.js fetches
 * segments and plays them through blob: media), and an H5 build may name another API origin.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.length ? ` ${[...new Set(scriptHashes)].join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "media-src 'self' data: blob: https: http:",
    "connect-src 'self' https: http: wss: ws:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers every response carries (API, pages, static files), computed once at boot. The inline scripts
 * are read from the built pages then: a rebuild with a different inline script needs a restart (as it
 * needs one to be served anyway, `pnpm start` rebuilds first).
 */
export function securityHeaders(opts: { production: boolean; pages: readonly string[] }): Record<string, string> {
  const hashes = opts.pages.filter((f) => existsSync(f)).flatMap((f) => inlineScriptHashes(readFileSync(f, 'utf8')));
  return {
    'content-security-policy': contentSecurityPolicy(hashes),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin',
    // Only over HTTPS in production: a browser ignores it on plain HTTP, and a developer's localhost must
    // not be pinned to HTTPS for a year.
    ...(opts.production ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

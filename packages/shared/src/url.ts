import { z } from 'zod';

/** Longest URL any field takes. */
export const URL_MAX = 512;

/**
 * An https URL with a host and nothing a page could be tricked by. zod's own `.url()` accepts any scheme
 * a URL parser does — `javascript:`, `data:`, `file:` — and these URLs go straight into an `<img src>`,
 * a `<video src>` or a WebView, so every URL a client or a viewer's browser opens is one of these.
 * `http:`, `https:foo` (no host), spaces and quotes are refused too.
 */
export const httpsUrlSchema = z
  .url({ protocol: /^https$/ })
  .trim()
  .max(URL_MAX)
  .regex(/^https:\/\/[^\s/?#<>"'\\]+([/?#][^\s<>"'\\]*)?$/, 'an https:// URL');

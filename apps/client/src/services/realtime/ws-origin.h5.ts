import { apiBase } from '../api-base';
import { toWsOrigin } from './room-url';

/** The H5 build is usually served by the API itself (empty apiBase): then the page's own origin. */
export function wsOrigin(): string {
  return toWsOrigin(apiBase || window.location.origin);
}

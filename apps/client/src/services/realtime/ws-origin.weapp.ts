import { apiBase } from '../api-base';
import { toWsOrigin } from './room-url';

/** A mini-program's apiBase is always absolute. */
export function wsOrigin(): string {
  return toWsOrigin(apiBase);
}

import { api } from '@livemall/shared';
import { call } from './request';

/**
 * My variant per experiment key, asked once per session: the server's hash is stable, so re-asking could only
 * cost a request. A failed ask is forgotten so the next render may try again.
 */
const variants = new Map<string, Promise<string | null>>();
/** Answers already in: a screen that mounts again shows its variant at once instead of a loading frame. */
const settled = new Map<string, string | null>();
const exposed = new Set<string>();

/** My variant if this session already asked for it; undefined otherwise. */
export function knownVariant(key: string): string | null | undefined {
  return settled.get(key);
}

export function variantOf(key: string): Promise<string | null> {
  let pending = variants.get(key);
  if (!pending) {
    pending = call(api.myExperimentAssignment, { params: { key } }).then((a) => {
      settled.set(key, a.variant);
      return a.variant;
    });
    pending.catch(() => variants.delete(key));
    variants.set(key, pending);
  }
  return pending;
}

/** Logs that I saw my variant, once per session (the server keeps only the first exposure anyway). */
export async function exposeOnce(key: string): Promise<void> {
  if (exposed.has(key)) return;
  exposed.add(key);
  try {
    await call(api.recordExperimentExposure, { params: { key } });
  } catch {
    exposed.delete(key); // not logged: let a later view try again
  }
}

/** For tests: forget the session. */
export function resetExperimentCache(): void {
  variants.clear();
  settled.clear();
  exposed.clear();
}

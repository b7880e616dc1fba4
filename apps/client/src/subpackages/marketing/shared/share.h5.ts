import type { ShareCard } from './share.types';

/** A browser has no share card: the page shows a link to copy instead (ShareAction). */
export function useShareCard(_card: ShareCard | null): void {}

/** The H5 link of a page path (hash routing: the server serves the app at `/`). */
export function shareLink(path: string): string {
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

import { useEffect, useRef } from 'react';
import type { TrackTarget } from '@livemall/shared';
import { track } from '@/services/tracker';

/**
 * An `impression` for each item of a list the first time it is rendered on this page, with its position
 * in the list. "Rendered", not "scrolled into view": both platforms agree on it without an observer,
 * and a loaded page of 20 is what a viewer scrolls through. Once per item per page instance.
 */
export function useImpressions(target: TrackTarget, ids: ReadonlyArray<string | null | undefined>): void {
  const seen = useRef(new Set<string>());
  const key = ids.join(',');
  useEffect(() => {
    ids.forEach((id, position) => {
      if (!id || seen.current.has(id)) return;
      seen.current.add(id);
      track({ type: 'impression', target, targetId: id, position });
    });
    // The ids' content, not the array's identity (a new array on every render).
  }, [target, key]);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ContentDetail } from '@livemall/shared';
import { errorText } from '@/services/error-text';
import { call } from '@/services/request';
import { whenSessionSettled } from '@/stores/session-settled';

/**
 * A content's detail, and one view recorded per open of the page (a reload for an error does not count
 * again). The count shown is the server's answer to that view, so the viewer sees their own view in it.
 */
export function useContentDetail(id: string | null) {
  const [content, setContent] = useState<ContentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [viewCount, setViewCount] = useState(0);
  const viewed = useRef<string | null>(null);

  const load = useCallback(async () => {
    if (!id) return;
    setError(null);
    try {
      setContent(await call(api.contentDetail, { params: { id } }));
    } catch (e) {
      setError(errorText(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
    if (!id || viewed.current === id) return;
    viewed.current = id;
    void whenSessionSettled()
      .then(() => call(api.recordContentView, { params: { id } }))
      .then(
        (v) => setViewCount(v.viewCount),
        // A failed view (no session) leaves the page as it is.
        () => undefined,
      );
  }, [id, load]);

  // Both counts are snapshots and only grow: the larger one is the later one, whichever answered first.
  const shown = content ? { ...content, viewCount: Math.max(content.viewCount, viewCount) } : null;
  return { content: shown, error, reload: load };
}

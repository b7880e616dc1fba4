import { useEffect, useState } from 'react';
import { exposeOnce, variantOf } from '@/services/experiments';

/**
 * My variant of an A/B experiment: undefined while asking, null when I am not in it (not running, not targeted,
 * or the ask failed: show the default). Once I have a variant, its exposure is logged (once per session).
 */
export function useExperiment(key: string): string | null | undefined {
  const [variant, setVariant] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    variantOf(key).then(
      (v) => {
        if (!live) return;
        setVariant(v);
        if (v) void exposeOnce(key);
      },
      () => live && setVariant(null),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return variant;
}

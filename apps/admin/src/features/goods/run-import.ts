import { errorText } from '../../api/api-error';
import type { ImportGoods } from './import-rows';

export interface ImportOutcome {
  created: string[];
  failed: Array<{ title: string; lines: number[]; reason: string }>;
  /** Goods never tried because the merchant cancelled. */
  skipped: number;
}

/**
 * Creates the goods one at a time (a failure is recorded and the next one tried). Cancelling takes effect
 * between goods: the one being sent finishes, so nothing is left half-created.
 */
export async function runImport(
  goods: ImportGoods[],
  create: (g: ImportGoods) => Promise<unknown>,
  hooks: { onProgress: (done: number) => void; cancelled: () => boolean },
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { created: [], failed: [], skipped: 0 };
  for (const [i, g] of goods.entries()) {
    if (hooks.cancelled()) {
      outcome.skipped = goods.length - i;
      break;
    }
    try {
      await create(g);
      outcome.created.push(g.title);
    } catch (e) {
      outcome.failed.push({ title: g.title, lines: g.lines, reason: errorText(e) });
    }
    hooks.onProgress(i + 1);
  }
  return outcome;
}

import { api, type GrabRecord } from '@livemall/shared';
import { call } from '../../api/call';

/**
 * Grabs from `cursor` on, every page of them. `resume` is where the next poll starts: the cursor of the
 * last (short) page, so a poll re-reads at most one page and the caller merges by `seq`.
 */
export async function fetchGrabs(packetId: string, cursor?: string): Promise<{ grabs: GrabRecord[]; resume: string | undefined }> {
  const grabs: GrabRecord[] = [];
  let at = cursor;
  for (;;) {
    const page = await call(api.redPacketGrabs, { params: { id: packetId }, query: { limit: 50, cursor: at } });
    grabs.push(...page.items);
    if (!page.nextCursor) return { grabs, resume: at };
    at = page.nextCursor;
  }
}

/** Merged by grab order; a later read of the same grab (e.g. marked luckiest once over) wins. */
export function mergeGrabs(known: readonly GrabRecord[], fresh: readonly GrabRecord[]): GrabRecord[] {
  const bySeq = new Map(known.map((g) => [g.seq, g]));
  for (const g of fresh) bySeq.set(g.seq, g);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The largest grab, earliest on a tie (the server's rule), for marking while the packet still runs. */
export function luckiestSeq(grabs: readonly GrabRecord[]): number | null {
  let best: GrabRecord | null = null;
  for (const g of grabs) if (!best || g.amount > best.amount || (g.amount === best.amount && g.seq < best.seq)) best = g;
  return best?.seq ?? null;
}

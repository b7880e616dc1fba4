import { api, type GrabRecord, type GrabResult, type RedPacket } from '@livemall/shared';
import type { Page } from '@/hooks/usePagedList';
import { call } from '@/services/request';

export const GRABS_PAGE_SIZE = 20;
/** The verify link walks every page; the server caps a page at 50. */
const ALL_GRABS_PAGE_SIZE = 50;

export const fetchPacket = (id: string): Promise<RedPacket> => call(api.redPacket, { params: { id } });

export const grabPacket = (id: string): Promise<GrabResult> => call(api.grabRedPacket, { params: { id } });

export const fetchGrabsPage = (id: string, cursor: string | undefined, limit = GRABS_PAGE_SIZE): Promise<Page<GrabRecord>> =>
  call(api.redPacketGrabs, { params: { id }, query: { limit, cursor } });

/** Every grab of a packet, following cursors to the end: verification needs all of them, in order. */
export async function fetchAllGrabs(id: string): Promise<GrabRecord[]> {
  const all: GrabRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchGrabsPage(id, cursor, ALL_GRABS_PAGE_SIZE);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

import type { LiveRoomDetail } from '@livemall/shared';
import { type StreamSigner, streamNameOf } from './stream-signer';

/** A room as a viewer gets it: pull URLs only while it is live (and a provider is set), never a push URL. */
export function withViewerUrls<T extends Pick<LiveRoomDetail, 'id' | 'status' | 'playUrls'>>(room: T, signer: StreamSigner): T {
  return { ...room, playUrls: room.status === 'live' ? signer.playUrls(streamNameOf(room.id)) : null };
}

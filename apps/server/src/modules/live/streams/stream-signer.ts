/** Pull URLs for a player: HTTP-FLV (lowest delay, `live-player` and flv.js) and HLS (Safari, fallback). */
export interface PlayUrls {
  flv: string | null;
  hls: string | null;
}

/**
 * Signs the URLs of one stream. The push URL carries the right to broadcast as the room, so it only ever
 * goes to the room's own merchant; play URLs go to viewers. One implementation per provider, chosen from
 * config in StreamsModule.
 */
export interface StreamSigner {
  /** Null when the server has no stream provider (the demo). */
  pushUrl(stream: string): string | null;
  playUrls(stream: string): PlayUrls | null;
}

export const STREAM_SIGNER = Symbol('STREAM_SIGNER');

/** A room's stream name: letters, digits and `_` only, which every provider accepts in a URL path. */
export function streamNameOf(roomId: string): string {
  return `room_${roomId.replace(/-/g, '').toLowerCase()}`;
}

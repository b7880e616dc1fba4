import type { PlayUrls, StreamSigner } from './stream-signer';

/** The demo: no video service, so no URLs; the room page shows its cover instead of a player. */
export class NoStreamSigner implements StreamSigner {
  pushUrl(): string | null {
    return null;
  }

  playUrls(): PlayUrls | null {
    return null;
  }
}

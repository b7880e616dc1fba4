/** Both platform pushers take this. */
export interface PusherProps {
  /** Null when the server has no stream provider (the demo). */
  pushUrl: string | null;
  /** Push only while the room is live. */
  live: boolean;
}

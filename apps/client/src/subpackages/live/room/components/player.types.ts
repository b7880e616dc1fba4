import type { LiveRoomDetail } from '@livemall/shared';

/** Both platform players take this; each picks the pull URL its platform can play. */
export interface PlayerProps {
  room: LiveRoomDetail;
}

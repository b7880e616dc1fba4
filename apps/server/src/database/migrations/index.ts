import { Foundation1763790000000 } from './1763790000000-foundation';
import { RedPackets1763800000000 } from './1763800000000-red-packets';
import { LiveRoom1763900000000 } from './1763900000000-live-room';

/** Migrations in the order they run. Add new ones at the end. */
export const migrations: Function[] = [Foundation1763790000000, RedPackets1763800000000, LiveRoom1763900000000];

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Jobs } from '../../jobs/jobs';
import { GRAB_STRATEGY, type GrabStrategy } from './grab/grab-strategy';
import { RedPacketCloser } from './red-packet-closer';
import { RedPacketsRepository } from './red-packets.repository';
import { EXPIRY_QUEUE } from './red-packets.service';

/**
 * At start-up: close packets whose time ran out while no server was up, rebuild the Redis state of live
 * ones (it may have been flushed) and queue their expiry again, and start working the expiry queue.
 */
@Injectable()
export class RedPacketLifecycle implements OnApplicationBootstrap {
  private readonly log = new Logger('RedPackets');

  constructor(
    private readonly packets: RedPacketsRepository,
    private readonly closer: RedPacketCloser,
    private readonly jobs: Jobs,
    @Inject(GRAB_STRATEGY) private readonly strategy: GrabStrategy,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const swept = await this.sweep();
    if (swept) this.log.log(`closed ${swept} red packets that expired while the server was down`);
    for (const p of await this.packets.live()) {
      await this.strategy.reconcile(p.id);
      // The expiry job is queued after the packet's transaction commits: a crash in between leaves none,
      // and a retried create only replays. Queue it again; a duplicate finds the packet closed.
      await this.jobs.schedule(EXPIRY_QUEUE, { packetId: p.id }, p.validUntil, p.id);
    }
    await this.jobs.work<{ packetId: string }>(EXPIRY_QUEUE, async ({ packetId }) => {
      await this.closer.close(packetId);
    });
  }

  async sweep(): Promise<number> {
    let closed = 0;
    for (const id of await this.packets.overdue()) if ((await this.closer.close(id)).closed) closed++;
    return closed;
  }
}

import { randomUUID } from 'node:crypto';
import type { FailoverCluster } from './failover-cluster';
import type { FailoverViewer } from './failover-viewer';

/**
 * Keeps a room busy the way a live sale does: comments from the viewers, likes, and a goods push every
 * second from the merchant, until stopped. Remembers what the room accepted (acked comments, pushed
 * goods) so the test can require that each viewer got it.
 */
export class BusyRoom {
  readonly ackedComments = new Set<string>();
  readonly pushes: string[] = [];
  readonly failures: string[] = [];
  private running = false;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly cluster: FailoverCluster,
    private readonly roomId: string,
    private readonly merchant: string,
    private readonly goodsIds: string[],
    private readonly viewers: FailoverViewer[],
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    for (let tick = 0; this.running; tick++) {
      const viewer = this.viewers[tick % this.viewers.length]!;
      const text = `弹幕 ${randomUUID().slice(0, 8)}`;
      void viewer.comment(text).then((reply) => {
        if (reply?.type === 'ack') this.ackedComments.add(text);
      });
      this.viewers[(tick * 7) % this.viewers.length]!.like(3);
      if (tick % 5 === 0) await this.push(this.goodsIds[tick % this.goodsIds.length]!);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async push(goodsId: string): Promise<void> {
    try {
      const res = await this.cluster.callRetrying('POST', `/merchant/rooms/${this.roomId}/pushes`, this.merchant, { goodsId, pin: true });
      if (res.status === 200) this.pushes.push(goodsId);
      else this.failures.push(`push ${res.status} ${JSON.stringify(res.json)}`);
    } catch (error) {
      this.failures.push(`push failed: ${String(error)}`);
    }
  }
}

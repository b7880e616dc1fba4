import { Injectable, Logger } from '@nestjs/common';

type Viewer = (userId: string, goodsId: string) => Promise<void>;

/**
 * Who hears that a logged-in user opened a goods' page (the members feature keeps a browsing history).
 * Features register at boot, so the mall does not depend on them. A failing listener is logged: it must
 * never cost the buyer the page.
 */
@Injectable()
export class GoodsViews {
  private readonly log = new Logger('GoodsViews');
  private readonly viewers: Viewer[] = [];

  listen(viewer: Viewer): void {
    this.viewers.push(viewer);
  }

  async viewed(userId: string, goodsId: string): Promise<void> {
    for (const v of this.viewers) {
      try {
        await v(userId, goodsId);
      } catch (error) {
        this.log.warn(`goods view of ${goodsId} by ${userId} not recorded: ${String(error)}`);
      }
    }
  }
}

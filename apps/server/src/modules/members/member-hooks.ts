import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ViewerLevels } from '../live/room/viewer-levels';
import { GoodsViews } from '../mall/goods-views';
import { CollectionsService } from './collections.service';
import { MembersService } from './members.service';

const TTL_MS = 60_000;
/** Past this many cached users the cache starts over (a busy room must not grow it without bound). */
const MAX_ENTRIES = 50_000;

/**
 * Plugs members into features that do not depend on it: the level name beside a commenter (cached per user
 * for a minute: a comment must not cost two queries) and the browsing history of goods pages.
 */
@Injectable()
export class MemberHooks implements OnModuleInit {
  private readonly names = new Map<string, { name: string; until: number }>();

  constructor(
    private readonly members: MembersService,
    private readonly collections: CollectionsService,
    private readonly viewerLevels: ViewerLevels,
    private readonly goodsViews: GoodsViews,
  ) {}

  onModuleInit(): void {
    this.viewerLevels.use((userId) => this.levelName(userId));
    this.goodsViews.listen((userId, goodsId) => this.collections.viewed(userId, goodsId));
  }

  async levelName(userId: string, now = Date.now()): Promise<string> {
    const hit = this.names.get(userId);
    if (hit && hit.until > now) return hit.name;
    const { level } = await this.members.levelOf(userId);
    if (this.names.size >= MAX_ENTRIES) this.names.clear();
    this.names.set(userId, { name: level.name, until: now + TTL_MS });
    return level.name;
  }
}

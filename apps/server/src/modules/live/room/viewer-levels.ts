import { Injectable, Logger } from '@nestjs/common';

type Lookup = (userId: string) => Promise<string | undefined>;

/**
 * The short member-level name shown beside a commenter's nickname. The members feature provides the
 * lookup at boot (and caches it), so the live room does not depend on it; without one, or when it fails,
 * a comment simply has no level.
 */
@Injectable()
export class ViewerLevels {
  private readonly log = new Logger('ViewerLevels');
  private lookup: Lookup = async () => undefined;

  use(lookup: Lookup): void {
    this.lookup = lookup;
  }

  async of(userId: string): Promise<string | undefined> {
    try {
      return await this.lookup(userId);
    } catch (error) {
      this.log.warn(`level of ${userId} unknown: ${String(error)}`);
      return undefined;
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { Group, GroupBuyActivity, GroupBuyDetail, GroupShareCard, MarketingNotice } from '@livemall/shared';
import { ActivitiesRepository } from './activities.repository';
import { toActivity, toGroup, toNotice, toShareCard } from './group-buy.mapper';
import { groupBuyErrors } from './group-buys.errors';
import { GroupsRepository } from './groups.repository';
import { NoticesRepository } from './notices.repository';

const OPEN_GROUPS_SHOWN = 20;

/** What buyers read: running activities, an activity's joinable groups, a group, its share card, their notices. */
@Injectable()
export class GroupBuysService {
  constructor(
    private readonly activities: ActivitiesRepository,
    private readonly groups: GroupsRepository,
    private readonly notices: NoticesRepository,
  ) {}

  async list(): Promise<{ items: GroupBuyActivity[] }> {
    return { items: (await this.activities.running()).map(toActivity) };
  }

  async detail(activityId: string): Promise<GroupBuyDetail> {
    const activity = await this.activities.find(activityId);
    if (!activity) throw groupBuyErrors.notFound();
    const open = await this.groups.joinable(activityId, OPEN_GROUPS_SHOWN);
    const members = await this.groups.members(open.map((g) => g.id));
    return { activity: toActivity(activity), openGroups: open.map((g) => toGroup(g, members)) };
  }

  async group(groupId: string): Promise<Group> {
    const group = await this.groups.find(groupId);
    if (!group) throw groupBuyErrors.groupNotFound();
    return toGroup(group, await this.groups.members([groupId]));
  }

  async shareCard(groupId: string): Promise<GroupShareCard> {
    const group = await this.group(groupId);
    const activity = await this.activities.find(group.activityId);
    if (!activity) throw groupBuyErrors.groupNotFound();
    return toShareCard(activity, group);
  }

  async myNotices(userId: string): Promise<{ items: MarketingNotice[] }> {
    return { items: (await this.notices.ofUser(userId)).map(toNotice) };
  }
}

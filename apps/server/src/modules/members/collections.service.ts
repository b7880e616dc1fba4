import { Injectable } from '@nestjs/common';
import { BROWSING_HISTORY_MAX, type FavouriteGoods, type FavouriteState, type FollowedRoom, type FollowState, type PageQuery, type ViewedGoods } from '@livemall/shared';
import { z } from 'zod';
import { decodeCursor, pageFrom } from '../../common/paging/cursor';
import { CollectionsRepository, type Entry } from './collections.repository';
import { memberErrors } from './members.errors';

const cursorSchema = z.object({ at: z.string().min(1).max(64), id: z.string().uuid() });
type Page<T> = { items: T[]; nextCursor: string | null };

/** What a user keeps: favourite goods, followed rooms, and the goods they opened (the last 100). */
@Injectable()
export class CollectionsService {
  constructor(private readonly repo: CollectionsRepository) {}

  async favourite(userId: string, goodsId: string): Promise<FavouriteState> {
    if (!(await this.repo.goodsExists(goodsId))) throw memberErrors.goodsNotFound();
    await this.repo.add('favourites', userId, goodsId);
    return { favourited: true };
  }

  async unfavourite(userId: string, goodsId: string): Promise<FavouriteState> {
    await this.repo.remove('favourites', userId, goodsId);
    return { favourited: false };
  }

  async follow(userId: string, roomId: string): Promise<FollowState> {
    if (!(await this.repo.roomExists(roomId))) throw memberErrors.roomNotFound();
    await this.repo.add('follows', userId, roomId);
    return { following: true };
  }

  async unfollow(userId: string, roomId: string): Promise<FollowState> {
    await this.repo.remove('follows', userId, roomId);
    return { following: false };
  }

  /** Called when a logged-in user opens a goods' page. */
  viewed(userId: string, goodsId: string): Promise<void> {
    return this.repo.recordView(userId, goodsId, BROWSING_HISTORY_MAX);
  }

  async favourites(userId: string, q: PageQuery): Promise<Page<FavouriteGoods>> {
    return paged(await this.repo.goodsPage('favourites', userId, decodeCursor(cursorSchema, q.cursor), q.limit + 1), q.limit, (goods, at) => ({ goods, at }));
  }

  async history(userId: string, q: PageQuery): Promise<Page<ViewedGoods>> {
    return paged(await this.repo.goodsPage('history', userId, decodeCursor(cursorSchema, q.cursor), q.limit + 1), q.limit, (goods, at) => ({ goods, at }));
  }

  async follows(userId: string, q: PageQuery): Promise<Page<FollowedRoom>> {
    return paged(await this.repo.roomsPage(userId, decodeCursor(cursorSchema, q.cursor), q.limit + 1), q.limit, (room, at) => ({ room, at }));
  }
}

function paged<T, R>(rows: Array<Entry<T>>, limit: number, shape: (item: T, at: string) => R): Page<R> {
  const page = pageFrom(rows, limit, (r) => r.cursor);
  return { items: page.items.map((r) => shape(r.item, r.at.toISOString())), nextCursor: page.nextCursor };
}

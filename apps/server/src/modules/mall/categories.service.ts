import { Injectable } from '@nestjs/common';
import type { Category, CreateCategoryRequest } from '@livemall/shared';
import { CategoriesRepository } from './categories.repository';
import { mallErrors } from './mall.errors';

@Injectable()
export class CategoriesService {
  constructor(private readonly categories: CategoriesRepository) {}

  async list(): Promise<{ items: Category[] }> {
    return { items: await this.categories.all() };
  }

  async create(body: CreateCategoryRequest): Promise<Category> {
    if (body.parentId !== null && !(await this.categories.exists(body.parentId))) throw mallErrors.categoryNotFound();
    return this.categories.insert(body);
  }

  /** A goods may name no category, or one that exists. */
  async checkExists(categoryId: string | null): Promise<void> {
    if (categoryId !== null && !(await this.categories.exists(categoryId))) throw mallErrors.categoryNotFound();
  }
}

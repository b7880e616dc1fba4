import { Controller } from '@nestjs/common';
import { api, type CreateCategoryRequest } from '@livemall/shared';
import { ValidBody } from '../../common/contract/input.decorator';
import { Route } from '../../common/contract/route.decorator';
import { CategoriesService } from './categories.service';

@Controller()
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Route(api.categories)
  list() {
    return this.categories.list();
  }

  @Route(api.createCategory)
  create(@ValidBody() body: CreateCategoryRequest) {
    return this.categories.create(body);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { GoodsEntity } from './entities/goods.entity';

@Injectable()
export class GoodsRepository {
  constructor(@InjectRepository(GoodsEntity) private readonly goods: Repository<GoodsEntity>) {}

  /** Goods on the shelf, newest first; `beforeSeq` continues a page. */
  page(beforeSeq: number | undefined, take: number): Promise<GoodsEntity[]> {
    const qb = this.goods.createQueryBuilder('g').where('g.on_shelf').orderBy('g.seq', 'DESC').limit(take);
    if (beforeSeq !== undefined) qb.andWhere('g.seq < :beforeSeq', { beforeSeq });
    return qb.getMany();
  }
}

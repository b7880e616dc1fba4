import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { MerchantEntity } from './entities/merchant.entity';

@Injectable()
export class MerchantsRepository {
  constructor(@InjectRepository(MerchantEntity) private readonly merchants: Repository<MerchantEntity>) {}

  findById(id: string): Promise<MerchantEntity | null> {
    return this.merchants.findOneBy({ id });
  }

  findByOwner(ownerUserId: string): Promise<MerchantEntity | null> {
    return this.merchants.findOneBy({ ownerUserId });
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MerchantEntity } from './entities/merchant.entity';
import { MerchantsRepository } from './merchants.repository';

@Module({
  imports: [TypeOrmModule.forFeature([MerchantEntity])],
  providers: [MerchantsRepository],
  exports: [MerchantsRepository],
})
export class MerchantsModule {}

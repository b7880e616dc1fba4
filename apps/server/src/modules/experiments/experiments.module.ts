import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MerchantsModule } from '../merchants/merchants.module';
import { ExperimentEntity } from './entities/experiment.entity';
import { ExperimentsController } from './experiments.controller';
import { ExperimentsRepository } from './experiments.repository';
import { ExperimentsService } from './experiments.service';
import { MerchantExperimentsService } from './merchant-experiments.service';

/** A/B experiments: stable hashed variants, once-per-user exposures, and conversion results with a z-test. */
@Module({
  imports: [TypeOrmModule.forFeature([ExperimentEntity]), MerchantsModule],
  controllers: [ExperimentsController],
  providers: [ExperimentsRepository, ExperimentsService, MerchantExperimentsService],
})
export class ExperimentsModule {}

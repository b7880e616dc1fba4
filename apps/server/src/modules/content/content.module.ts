import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MerchantsModule } from '../merchants/merchants.module';
import { ContentController } from './content.controller';
import { ContentRepository } from './content.repository';
import { ContentService } from './content.service';
import { ContentEntity } from './entities/content.entity';
import { MerchantContentService } from './merchant-content.service';

/** 种草 content: a shop's articles and short videos, the public feed, view counts, and goods pages' links. */
@Module({
  imports: [TypeOrmModule.forFeature([ContentEntity]), MerchantsModule],
  controllers: [ContentController],
  providers: [ContentRepository, ContentService, MerchantContentService],
})
export class ContentModule {}

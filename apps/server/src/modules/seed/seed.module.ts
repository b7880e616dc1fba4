import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { DemoSeedService } from './demo-seed.service';
import { SeedRepository } from './seed.repository';

@Module({
  imports: [UsersModule],
  providers: [SeedRepository, DemoSeedService],
  exports: [DemoSeedService],
})
export class SeedModule {}

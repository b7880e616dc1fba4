import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { StaffAuthController } from './staff-auth.controller';
import { StaffAuthService } from './staff-auth.service';
import { StaffCredentialsRepository } from './staff-credentials.repository';

/** Password login for the merchant console (owners and assistants). */
@Module({
  imports: [AuthModule, UsersModule],
  controllers: [StaffAuthController],
  providers: [StaffCredentialsRepository, StaffAuthService],
})
export class StaffAuthModule {}

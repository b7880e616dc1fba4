import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BIRTHDAY_CLOCK, birthdayClockProvider } from './birthday-clock';
import { UserEntity } from './entities/user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, birthdayClockProvider],
  exports: [UsersRepository, BIRTHDAY_CLOCK],
})
export class UsersModule {}

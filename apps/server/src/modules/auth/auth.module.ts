import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../config/config.tokens';
import type { AppConfig } from '../../config/config';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { resolveJwtSecret } from './jwt-secret';
import { RefreshTokenRepository } from './refresh-token.repository';
import { TokensService } from './tokens.service';
import { HttpWechatSessionClient } from './wechat/http-wechat-session.client';
import { UnconfiguredWechatSessionClient } from './wechat/unconfigured-wechat-session.client';
import { WECHAT_SESSION_CLIENT } from './wechat/wechat-session.client';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshTokenEntity]), UsersModule],
  controllers: [AuthController],
  providers: [
    {
      provide: JwtService,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new JwtService({
          // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a public
          // key on every verify, which was a fifth of the CPU of a grab under load.
          secret: createSecretKey(Buffer.from(resolveJwtSecret(config), 'utf8')) as unknown as string,
          signOptions: { algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        }),
    },
    {
      provide: WECHAT_SESSION_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.wechat ? new HttpWechatSessionClient(config.wechat) : new UnconfiguredWechatSessionClient(),
    },
    RefreshTokenRepository,
    TokensService,
    AuthService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokensService],
})
export class AuthModule {}

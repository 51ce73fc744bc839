import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { RefreshTokenEntity } from './auth/refresh-token.entity';
import { RefreshTokenService } from './auth/refresh-token.service';
import { JwtAuthGuard, JwtStrategy, LocalAuthGuard, LocalStrategy } from './auth/strategies';
import { identityConfig } from './identity.config';
import { IdentityFacade } from './identity.facade';
import { LicenseEntity } from './user/license.entity';
import { MeController } from './user/me.controller';
import { UserEntity } from './user/user.entity';
import { UserService } from './user/user.service';
import { LinkSigner } from './auth/link-signer';
import { UsersController } from './user/users.controller';

@Module({
  imports: [
    ConfigModule.forFeature(identityConfig),
    TypeOrmModule.forFeature([UserEntity, LicenseEntity, RefreshTokenEntity]),
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule.forFeature(identityConfig)],
      inject: [identityConfig.KEY],
      useFactory: (config: ConfigType<typeof identityConfig>) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [ConfigModule.forFeature(identityConfig)],
      inject: [identityConfig.KEY],
      useFactory: (config: ConfigType<typeof identityConfig>) => [
        { name: 'auth', ttl: config.throttleTtlSeconds * 1000, limit: config.throttleLimit },
      ],
    }),
  ],
  controllers: [AuthController, MeController, UsersController],
  providers: [
    UserService,
    AuthService,
    LinkSigner,
    PasswordHasher,
    RefreshTokenService,
    JwtStrategy,
    LocalStrategy,
    JwtAuthGuard,
    LocalAuthGuard,
    IdentityFacade,
  ],
  exports: [IdentityFacade, JwtAuthGuard],
})
export class IdentityModule {}
